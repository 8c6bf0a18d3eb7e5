package dev.optout.browser;

import java.time.Duration;
import org.openqa.selenium.WebDriver;

/** The timeouts every session gets, launched or attached: no implicit wait, ever (the engine waits itself). */
final class Timeouts {

    private Timeouts() {
    }

    static void apply(WebDriver driver, Duration pageLoad) {
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
        driver.manage().timeouts().pageLoadTimeout(pageLoad);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }
}
