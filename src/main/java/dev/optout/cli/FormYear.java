package dev.optout.cli;

import dev.optout.replica.FormVersion;

/** {@code --form YEAR}: which generation of Meta's objection form the replica shows. */
final class FormYear {

    private FormYear() {
    }

    static FormVersion parse(String year) {
        return switch (year) {
            case "2025" -> FormVersion.V2025;
            case "2024" -> FormVersion.V2024;
            default -> throw new UserError(ExitCodes.USAGE, "--form must be 2025 or 2024, not " + year);
        };
    }
}
