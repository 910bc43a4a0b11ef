package com.fapiaorelay.alert.delivery;

/** What a channel answered to one message. */
record ChannelResult(boolean delivered, Integer httpStatus, String error) {

    static ChannelResult delivered(int httpStatus) {
        return new ChannelResult(true, httpStatus, null);
    }

    static ChannelResult failed(Integer httpStatus, String error) {
        return new ChannelResult(false, httpStatus, error);
    }
}
