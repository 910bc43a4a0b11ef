package com.fapiaorelay.alert.delivery;

/** What a channel answered to one message. */
public record ChannelResult(boolean delivered, Integer httpStatus, String error) {

    public static ChannelResult delivered(int httpStatus) {
        return new ChannelResult(true, httpStatus, null);
    }

    public static ChannelResult failed(Integer httpStatus, String error) {
        return new ChannelResult(false, httpStatus, error);
    }
}
