package com.fapiaorelay.standalone.cli;

import com.fapiaorelay.sandbox.fault.FaultSettings;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Typed option values, refused while parsing when they cannot make sense, so no command starts a stack in vain. */
final class OptionValues {

    private OptionValues() {}

    /** A count or a rate: a whole number of at least 1. */
    static final class Positive implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return atLeast(1, value);
        }
    }

    /** A whole number of at least 0, such as rounds of faults. */
    static final class NonNegative implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return atLeast(0, value);
        }
    }

    /** The sandbox's faults in the comma form, {@code error-rate=0.05,seed=7} (docs/tax-interface.md). */
    static final class Faults implements ITypeConverter<FaultSettings> {
        @Override
        public FaultSettings convert(String value) {
            try {
                return FaultSettings.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "': " + e.getMessage());
            }
        }
    }

    private static int atLeast(int least, String value) {
        int number;
        try {
            number = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw notAtLeast(least, value);
        }
        if (number < least) {
            throw notAtLeast(least, value);
        }
        return number;
    }

    private static TypeConversionException notAtLeast(int least, String value) {
        return new TypeConversionException(
                "'" + value + "' 不是不小于 " + least + " 的整数 / is not a whole number of at least " + least);
    }
}
