package dev.optout.cli;

/**
 * One line of {@code optout doctor}: {@code ok|warn|fail  what — fix}. A failed check carries the exit code the
 * doctor ends with.
 */
record DoctorCheck(Status status, String what, String fix, int failureCode) {

    enum Status { OK, WARN, FAIL }

    static DoctorCheck ok(String what) {
        return new DoctorCheck(Status.OK, what, "", ExitCodes.OK);
    }

    static DoctorCheck warn(String what, String fix) {
        return new DoctorCheck(Status.WARN, what, fix, ExitCodes.OK);
    }

    static DoctorCheck fail(String what, String fix, int code) {
        return new DoctorCheck(Status.FAIL, what, fix, code);
    }

    String statusName() {
        return status.name().toLowerCase(java.util.Locale.ROOT);
    }

    String line() {
        String status = String.format("%-4s", status().name().toLowerCase(java.util.Locale.ROOT));
        return status + "  " + what + (fix.isEmpty() ? "" : " — " + fix);
    }
}
