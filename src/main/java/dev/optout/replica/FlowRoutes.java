package dev.optout.replica;

/**
 * The pages and endpoints of the flows beyond the objection form, at the real paths of meta-flows §2. Every origin
 * is served from the replica's one port, so the pages link to each other by path only.
 */
final class FlowRoutes {
    /** www.facebook.com: "Data subject rights for third party information used for AI at Meta". */
    static final String THIRD_PARTY_FORM = "/help/contact/510058597920541";
    /** www.facebook.com: the Privacy Rights Request channel. */
    static final String PRIVACY_RIGHTS_FORM = "/help/contact/540977946302970";
    /** www.meta.ai: the settings, with "Delete all chats". */
    static final String META_AI_SETTINGS = "/settings/";
    /** www.messenger.com: the person's chat with Meta AI (a fixed thread id in the replica). */
    static final String MESSENGER_AI_THREAD = "/t/meta-ai/";
    /** accountscenter.facebook.com: "Your activity off Meta technologies". */
    static final String OFF_META_ACTIVITY = "/info_and_permissions/off_facebook_activity/";
    /** Its "Manage future activity" screen, which the page also reaches by a client-side route. */
    static final String OFF_META_FUTURE = OFF_META_ACTIVITY + "manage_future_activity/";

    static final String THIRD_PARTY_SUBMIT = "/ajax/help/contact/510058597920541/submit/";
    static final String PRIVACY_RIGHTS_SUBMIT = "/ajax/help/contact/540977946302970/submit/";
    static final String META_AI_DELETE_ALL = "/api/meta-ai/chats/delete-all/";
    static final String MESSENGER_SEND = "/messaging/send/";
    static final String OFF_META_FUTURE_SUBMIT = "/api/accounts-center/off-meta-activity/future/";

    private FlowRoutes() {
    }

    static Router addTo(Router router, Scenario scenario, Recorder recorder) {
        return router
                .get(THIRD_PARTY_FORM, new FlowPage(scenario, "thirdPartyAiData", "help-form.js"))
                .post(THIRD_PARTY_SUBMIT, new SubmissionEndpoint(Submission.THIRD_PARTY_AI_DATA, recorder, f -> true))
                .get(PRIVACY_RIGHTS_FORM, new FlowPage(scenario, "privacyRightsRequest", "help-form.js"))
                .post(PRIVACY_RIGHTS_SUBMIT,
                        new SubmissionEndpoint(Submission.PRIVACY_RIGHTS_REQUEST, recorder, f -> true))
                .get(META_AI_SETTINGS, new FlowPage(scenario, "metaAiSettings", "meta-ai-settings.js"))
                .post(META_AI_DELETE_ALL,
                        new SubmissionEndpoint(Submission.META_AI_DELETE_ALL_CHATS, recorder, f -> true))
                .get(MESSENGER_AI_THREAD, new FlowPage(scenario, "messengerThread", "messenger-thread.js"))
                .post(MESSENGER_SEND, new SubmissionEndpoint(Submission.MESSENGER_MESSAGE, recorder,
                        f -> !f.getOrDefault("text", "").isBlank()))
                .get(OFF_META_ACTIVITY, new FlowPage(scenario, "offMetaActivity", "accounts-center.js"))
                .get(OFF_META_FUTURE, new FlowPage(scenario, "offMetaActivity", "accounts-center.js"))
                .post(OFF_META_FUTURE_SUBMIT,
                        new SubmissionEndpoint(Submission.OFF_META_FUTURE_ACTIVITY, recorder, f -> true));
    }
}
