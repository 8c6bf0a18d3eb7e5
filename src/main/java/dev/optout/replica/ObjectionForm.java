package dev.optout.replica;

/**
 * One product's objection form: the same React page (meta-flows §3 and §4) served at the product's own path,
 * posting to its own endpoints and recorded under its own form names, so a test can tell a Facebook objection from
 * an Instagram one.
 *
 * @param brand          the product, which names itself in the cookie dialog
 * @param site           what follows the form title in {@code <title>}
 * @param path           where the real site serves the form
 * @param oldPath        the form's older id, which now redirects to {@code path} (meta-flows §7)
 * @param submitPath     where the page posts the objection
 * @param codeSubmitPath where the 2024 form's second page posts the emailed code
 * @param objectionForm  the {@link Submission#form()} of an objection sent from this page
 * @param codeForm       the {@link Submission#form()} of a code sent from this page
 */
record ObjectionForm(Brand brand, String site, String path, String oldPath, String submitPath,
                     String codeSubmitPath, String objectionForm, String codeForm) {

    /** {@code https://www.facebook.com/help/contact/6359191084165019}. */
    static final ObjectionForm FACEBOOK = new ObjectionForm(Brand.FACEBOOK, "Facebook",
            "/help/contact/6359191084165019", "/help/contact/712876720715583", "/help/contact/submit", "/help/contact/submit-code",
            Submission.OBJECTION, Submission.CODE);

    /** {@code https://help.instagram.com/contact/233964459562201}. */
    static final ObjectionForm INSTAGRAM = new ObjectionForm(Brand.INSTAGRAM, "Instagram Help Center",
            "/contact/233964459562201", "/contact/767264225370182", "/contact/submit", "/contact/submit-code",
            Submission.INSTAGRAM_OBJECTION, Submission.INSTAGRAM_CODE);

    /** The form page, its old address and its two endpoints. */
    Router addRoutes(Router router, Scenario scenario, Recorder recorder) {
        return router
                .get(path, new ObjectionFormPage(scenario, this))
                .get(oldPath, Redirect.to(path))
                .post(submitPath, new SubmissionEndpoint(objectionForm, scenario, recorder, fields -> true))
                .post(codeSubmitPath, new SubmissionEndpoint(codeForm, scenario, recorder,
                        SubmissionEndpoint.sixDigitCode()));
    }
}
