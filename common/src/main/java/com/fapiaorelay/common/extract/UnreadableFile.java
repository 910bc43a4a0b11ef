package com.fapiaorelay.common.extract;

/** The file is not what its first bytes promised, or is damaged: nothing can be read from it. */
final class UnreadableFile extends Exception {

    UnreadableFile(String reason) {
        super(reason);
    }
}
