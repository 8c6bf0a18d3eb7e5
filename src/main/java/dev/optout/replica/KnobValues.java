package dev.optout.replica;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** A knob's choices as a person types them: {@code http-500} for {@link SendFault#HTTP_500}. */
public final class KnobValues {
    private KnobValues() {
    }

    /** The constant named {@code value} in kebab case; a one-line message listing the choices otherwise. */
    public static <E extends Enum<E>> E parse(Class<E> type, String value) {
        for (E constant : type.getEnumConstants()) {
            if (name(constant).equals(value)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("must be one of " + choices(type) + ", not " + value);
    }

    /** Every choice, comma-separated, e.g. {@code select, typeahead, listbox, radiogroup}. */
    public static <E extends Enum<E>> String choices(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(KnobValues::name).collect(Collectors.joining(", "));
    }

    private static String name(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
