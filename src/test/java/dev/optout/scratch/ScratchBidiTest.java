package dev.optout.scratch;

import dev.optout.browser.BrowserSession;
import dev.optout.page.Observation;
import dev.optout.page.TrafficMark;
import dev.optout.replica.SendFault;
import dev.optout.testing.HeadlessChromium;
import dev.optout.testing.SharedReplica;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

class ScratchBidiTest {
    @RegisterExtension
    static final SharedReplica replica = SharedReplica.withoutCookieDialog();

    @Test
    void show() throws Exception {
        replica.scenario().sendFault(SendFault.HTTP_500);
        try (BrowserSession browser = HeadlessChromium.start()) {
            org.openqa.selenium.bidi.BiDi bidi = ((org.openqa.selenium.bidi.HasBiDi) browser.driver()).getBiDi();
            java.util.function.Function<java.util.Map<String, Object>, Object> id = m -> m;
            for (String name : List.of("network.beforeRequestSent", "network.responseStarted", "network.responseCompleted", "network.fetchError")) {
                bidi.addListener(new org.openqa.selenium.bidi.Event<Object>(name, id), e -> {
                    String t = String.valueOf(e);
                    if (t.contains("submit")) System.out.println("RAW " + System.currentTimeMillis() + " " + name + " " + t.substring(0, Math.min(t.length(), 900)));
                });
            }
            browser.driver().get(replica.baseUrl() + "/help/contact/6359191084165019");
            Thread.sleep(1500);
            browser.driver().findElement(By.cssSelector("select")).sendKeys("Germany");
            Observation before = browser.pagePort().observe(List.of(), Optional.empty());
            browser.driver().findElement(By.xpath("//span[text()='Send']")).click();
            for (int i = 0; i < 10; i++) {
                Thread.sleep(300);
                Observation now = browser.pagePort().observe(List.of(), Optional.of(before.mark()));
                System.out.println("OBS " + now.traffic() + " " + now.signals().messages());
            }
        }
    }
}
