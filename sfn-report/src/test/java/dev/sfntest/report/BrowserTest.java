package dev.sfntest.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report as a person sees it: opened in headless Chromium, which CI installs ({@code .ci/run}).
 * Skipped where no Chromium is installed. The screenshots stay in {@code target/browser} to look at.
 */
class BrowserTest {

  private static final Path SCREENSHOTS = Path.of("target/browser");

  @TempDir
  Path work;

  private Chromium chromium;
  private Path report;

  @BeforeEach
  void write_the_report() throws Exception {
    Optional<Chromium> found = Chromium.find(work);
    Assumptions.assumeTrue(found.isPresent(), "no chromium on the PATH (CI installs it: apt-get install chromium)");
    chromium = found.get();
    WorkflowCoverage coverage = new WorkflowCoverage();
    coverage.add(Runs.orderShipped());
    coverage.add(Runs.orderDeclined());
    report = work.resolve("sfn-coverage");
    CoverageFiles.write(coverage.report(), report);
    Files.createDirectories(SCREENSHOTS);
  }

  @Test
  void the_summary_page_shows_the_numbers_without_console_errors() throws Exception {
    // WHEN
    Chromium.Result page = chromium.dumpDom(report.resolve("index.html"), 1200, 800);

    // THEN
    assertThat(page.consoleMessages()).isEmpty();
    assertThat(page.stdout()).contains("<table class=\"summary\" id=\"summary\">",
        ">order</a></td><td class=\"num\">2</td><td class=\"num\">9/11 (81.8%)",
        "7/11 (63.6%)", "2/3 (66.6%)");
  }

  @Test
  void a_state_machine_page_draws_the_diagram() throws Exception {
    // GIVEN
    Path png = SCREENSHOTS.resolve("order-coverage.png");
    Files.deleteIfExists(png);

    // WHEN
    Chromium.Result dom = chromium.dumpDom(report.resolve("machines/order.html"), 1200, 1500);
    Chromium.Result shot = chromium.screenshot(report.resolve("machines/order.html"), png, 1200, 1500);

    // THEN the SVG is in the page, with every state, and nothing was logged
    assertThat(dom.consoleMessages()).isEmpty();
    assertThat(shot.consoleMessages()).isEmpty();
    assertThat(dom.stdout()).contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"sfn-diagram\"",
        "data-state=\"Validate\"", "data-state=\"Pack\"", "data-state=\"Rejected\"");
    // AND the picture has the diagram's colours: it was drawn, not left blank
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(1200);
    assertThat(count(image, 0x2f9e5b)).as("pixels of exercised lines and borders").isGreaterThan(1000);
    assertThat(count(image, 0xe3f4e8)).as("pixels of exercised state fills").isGreaterThan(10_000);
    assertThat(count(image, 0xf6f7f8)).as("pixels of never exercised state fills").isGreaterThan(2_000);
  }

  @Test
  void an_execution_picture_marks_the_failed_state() throws Exception {
    // GIVEN
    Path page = ExecutionPicture.of(Runs.run("order.asl.json", "{\"total\": 5, \"items\": [1]}",
        fake -> fake.mockTask("ChargeCard").thenFail("Payment.Unknown", "?"))).writeHtml(work.resolve("run.html"));
    Path png = SCREENSHOTS.resolve("order-failed-execution.png");

    // WHEN
    Chromium.Result dom = chromium.dumpDom(page, 1200, 1400);
    chromium.screenshot(page, png, 1200, 1400);

    // THEN
    assertThat(dom.consoleMessages()).isEmpty();
    assertThat(dom.stdout()).contains("<span class=\"fail\" id=\"status\">FAILED</span>", "<table class=\"summary\" id=\"visits\">");
    assertThat(count(ImageIO.read(png.toFile()), 0xfdecea)).as("pixels of the failed state").isGreaterThan(1000);
  }

  private static int count(BufferedImage image, int rgb) {
    int n = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if ((image.getRGB(x, y) & 0xffffff) == rgb) {
          n++;
        }
      }
    }
    return n;
  }
}
