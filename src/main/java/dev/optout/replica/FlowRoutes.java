package dev.optout.replica;

/**
 * The pages and endpoints of the flows beyond the objection form, at the real paths of meta-flows §2 and §7. Every
 * origin is served from the replica's one port, so the pages link to each other by path only and no two origins'
 * paths may collide.
 */
final class FlowRoutes {
    /** www.facebook.com: "Data subject rights for third party information used for AI at Meta". */
    static final String THIRD_PARTY_FORM = "/help/contact/510058597920541";
    /** www.facebook.com: the Privacy Rights Request channel; after 2026's move, a redirect to the next one. */
    static final String PRIVACY_RIGHTS_FORM = "/help/contact/540977946302970";
    /** help.meta.com: "How can we help with your privacy?" (2026). */
    static final String META_PRIVACY_HELP = "/support/privacy/";
    /** www.whatsapp.com: WhatsApp's Data Subject Rights Request. */
    static final String WHATSAPP_RIGHTS_FORM = "/contact/forms/382532939919295/";
    /** www.meta.ai: the settings, with "Delete all chats". */
    static final String META_AI_SETTINGS = "/settings/";
    /** www.messenger.com: the person's chat with Meta AI (a fixed thread id in the replica). */
    static final String MESSENGER_AI_THREAD = "/t/meta-ai/";
    /** accountscenter.facebook.com: "Your activity off Meta technologies"; redirects after 2026's move. */
    static final String OFF_META_ACTIVITY = "/info_and_permissions/off_facebook_activity/";
    /** Its "Manage future activity" screen, which the page also reaches by a client-side route. */
    static final String OFF_META_FUTURE = OFF_META_ACTIVITY + "manage_future_activity/";
    /** accountscenter.facebook.com: "Activity from other businesses" (2026). */
    static final String ACTIVITY_FROM_OTHER_BUSINESSES = "/info_and_permissions/activity_from_other_businesses/";

    static final String THIRD_PARTY_SUBMIT = "/ajax/help/contact/510058597920541/submit/";
    static final String PRIVACY_RIGHTS_SUBMIT = "/ajax/help/contact/540977946302970/submit/";
    static final String META_PRIVACY_HELP_SUBMIT = "/api/support/privacy/requests/";
    static final String WHATSAPP_RIGHTS_SUBMIT = WHATSAPP_RIGHTS_FORM + "submit/";
    static final String META_AI_DELETE_ALL = "/api/meta-ai/chats/delete-all/";
    static final String MESSENGER_SEND = "/messaging/send/";
    static final String OFF_META_FUTURE_SUBMIT = "/api/accounts-center/off-meta-activity/future/";
    static final String ACTIVITY_FROM_OTHER_BUSINESSES_SUBMIT = "/api/accounts-center/activity-from-other-businesses/";

    private static final String[] HELP_FORM = {"form-parts.js", "aria-choices.js", "country-field.js", "noise.js",
        "help-form.js"};

    private FlowRoutes() {
    }

    static Router addTo(Router router, Scenario scenario, Recorder recorder) {
        FlowPage offMeta = new FlowPage(scenario, "offMetaActivity", "aria-choices.js", "noise.js",
                "accounts-center.js");
        return router
                .get(THIRD_PARTY_FORM, new FlowPage(scenario, "thirdPartyAiData", HELP_FORM))
                .post(THIRD_PARTY_SUBMIT, send(Submission.THIRD_PARTY_AI_DATA, scenario, recorder))
                .get(PRIVACY_RIGHTS_FORM, Redirect.when(scenario::privacyRequests2026, META_PRIVACY_HELP,
                        new FlowPage(scenario, "privacyRightsRequest", HELP_FORM)))
                .post(PRIVACY_RIGHTS_SUBMIT, send(Submission.PRIVACY_RIGHTS_REQUEST, scenario, recorder))
                .get(META_PRIVACY_HELP, new FlowPage(scenario, "metaPrivacyHelp", Brand.META, HELP_FORM))
                .post(META_PRIVACY_HELP_SUBMIT, send(Submission.META_PRIVACY_REQUEST, scenario, recorder))
                .get(WHATSAPP_RIGHTS_FORM, new FlowPage(scenario, "whatsappRights", Brand.WHATSAPP, HELP_FORM))
                .post(WHATSAPP_RIGHTS_SUBMIT, send(Submission.WHATSAPP_RIGHTS_REQUEST, scenario, recorder))
                .get(META_AI_SETTINGS, new FlowPage(scenario, "metaAiSettings", "noise.js", "meta-ai-settings.js"))
                .post(META_AI_DELETE_ALL, send(Submission.META_AI_DELETE_ALL_CHATS, scenario, recorder))
                .get(MESSENGER_AI_THREAD, new FlowPage(scenario, "messengerThread", "messenger-thread.js"))
                .post(MESSENGER_SEND, new SubmissionEndpoint(Submission.MESSENGER_MESSAGE, scenario, recorder,
                        f -> !f.getOrDefault("text", "").isBlank()))
                .get(OFF_META_ACTIVITY, Redirect.when(scenario::offMetaActivity2026, ACTIVITY_FROM_OTHER_BUSINESSES,
                        offMeta))
                .get(OFF_META_FUTURE, Redirect.when(scenario::offMetaActivity2026, ACTIVITY_FROM_OTHER_BUSINESSES,
                        offMeta))
                .post(OFF_META_FUTURE_SUBMIT, send(Submission.OFF_META_FUTURE_ACTIVITY, scenario, recorder))
                .get(ACTIVITY_FROM_OTHER_BUSINESSES, new FlowPage(scenario, "activityFromOtherBusinesses",
                        "form-parts.js", "aria-choices.js", "noise.js", "activity-from-other-businesses.js"))
                .post(ACTIVITY_FROM_OTHER_BUSINESSES_SUBMIT,
                        send(Submission.ACTIVITY_FROM_OTHER_BUSINESSES, scenario, recorder));
    }

    private static SubmissionEndpoint send(String form, Scenario scenario, Recorder recorder) {
        return new SubmissionEndpoint(form, scenario, recorder, fields -> true);
    }
}
