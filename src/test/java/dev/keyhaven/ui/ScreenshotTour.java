package dev.keyhaven.ui;

import static dev.keyhaven.ui.FxThread.callFx;
import static dev.keyhaven.ui.FxThread.onFx;

import dev.keyhaven.keys.KeyChecker;
import dev.keyhaven.keys.KeyLifecycle;
import dev.keyhaven.keys.KeyService;
import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.FakeKey;
import dev.keyhaven.okx.FakeOkxServer;
import dev.keyhaven.okx.OkxClient;
import dev.keyhaven.okx.Region;
import dev.keyhaven.secret.Credentials;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.ui.controls.SecretInput;
import dev.keyhaven.vault.KeyDraft;
import dev.keyhaven.vault.Purpose;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultOptions;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * Renders each main screen into docs/screenshots/*.png, headless (Monocle, software rendering), against a
 * temporary vault and a local server that plays OKX:
 * {@code ./mvnw -q -DskipTests test-compile exec:java@screenshots}.
 */
public final class ScreenshotTour {

    private static final String MASTER = "lantern orbit velvet cactus";
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final Path output;
    private final Path folder;
    private Stage stage;
    private KeyhavenApp app;
    private FakeKey journal;

    private ScreenshotTour(Path output, Path folder) {
        this.output = output;
        this.folder = folder;
    }

    public static void main(String[] args) throws Exception {
        Headless.configure();
        Path output = Paths.get(args.length > 0 ? args[0] : "docs/screenshots").toAbsolutePath();
        Files.createDirectories(output);
        Path folder = Files.createTempDirectory("keyhaven-screenshots");
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);
        try (FakeOkxServer okx = FakeOkxServer.start()) {
            new ScreenshotTour(output, folder).run(okx);
        } finally {
            deleteQuietly(folder);
            Platform.exit();
        }
        System.out.println("Screenshots written to " + output);
        System.exit(0);
    }

    private void run(FakeOkxServer okx) throws Exception {
        launch();
        waitFor(() -> lookup("#create-vault") != null);
        shoot("create-vault");
        onFx(() -> app.stop());

        fillVault(okx);
        launch();
        waitFor(() -> lookup("#unlock-password") != null);
        shoot("unlock");

        onFx(() -> {
            SecretInput password = (SecretInput) lookup("#unlock-password");
            password.field().replaceText(0, 0, MASTER);
            ((Button) lookup("#unlock")).fire();
        });
        waitFor(() -> lookup("#main-screen") != null && app.shell().keyList().items().size() == 4);
        shoot("key-list");

        // Check all, its button keeping the keyboard focus (the ring shows where Tab is).
        onFx(() -> {
            lookup("#check-all").requestFocus();
            ((Button) lookup("#check-all")).fire();
        });
        waitFor(() -> lookup("#check-all-view") != null && text("#check-all-title").startsWith("Asked OKX"));
        shoot("check-all");
        onFx(() -> ((Button) lookup("#check-all-close")).fire());
        waitFor(() -> lookup("#check-all-view") == null);

        select("Grid bot");
        selectTab(1);
        shoot("credentials-form");
        selectTab(2);
        waitFor(() -> text("#status-verdict").equals("Works"));
        shoot("status-healthy");
        scrollStatusToBottom();
        shoot("status-healthy-history");

        select("Old scalper");
        waitFor(() -> lookup("#withdraw-banner") != null);
        shoot("status-withdraw");

        // The same key through an outage, then after OKX forgot it: older facts marked "as of", never current.
        select("Journal");
        selectTab(2);
        waitFor(() -> text("#status-verdict").equals("Works"));
        okxDown(okx);
        checkNow("Works");
        shoot("status-could-not-check");
        String outage = text("#status-verdict");
        okx.clearFaults();
        okx.remove(journal);
        checkNow(outage);
        shoot("status-deleted-on-okx");

        selectTab(0);
        waitFor(() -> lookup("#key-tabs") != null);
        shoot("guide");

        onFx(() -> ((Button) lookup("#open-settings")).fire());
        waitFor(() -> lookup("#key-tabs") == null);
        shoot("settings");

        onFx(() -> ((Button) lookup("#add-key")).fire());
        waitFor(() -> lookup("#add-key-choice") != null);
        shoot("add-key");
        onFx(() -> ((Button) lookup("#path-guided")).fire());
        waitFor(() -> lookup("#purposePicker") != null);
        shoot("new-key-guide");
        onFx(() -> ((Button) lookup("#generatePassphrase")).fire());
        onFx(() -> ((Button) lookup("#action-save-credentials")).fire());
        waitFor(() -> lookup("#key-label") != null);
        shoot("new-key-form");

        // The form holds a generated passphrase, so leaving it asks first; the tour discards it.
        Platform.runLater(() -> selectNow("Grid bot"));
        waitFor(() -> discardButton() != null);
        shootWithDialog("discard-question");
        onFx(() -> discardButton().fire());
        waitFor(() -> lookup("#key-tabs") != null);
        onFx(() -> ((Button) lookup("#rotate-key")).fire());
        waitFor(() -> lookup("#rotate-view") != null);
        shoot("rotate");

        select("Old scalper");
        onFx(() -> ((javafx.scene.control.MenuButton) lookup("#key-more")).getItems().get(0).fire());
        waitFor(() -> lookup("#revoke-view") != null);
        shoot("revoke");

        onFx(() -> ((Button) lookup("#show-archived")).fire());
        waitFor(() -> lookup("#archived-keys") != null && lookup(".archived-card") != null);
        shoot("archived-keys");
        onFx(() -> app.stop());
    }

    /** The vault the later screens show: four keys, three of them checked against the fake OKX. */
    private void fillVault(FakeOkxServer okx) throws Exception {
        FakeKey grid = okx.add(FakeKey.builder().perm("read_only,trade").ips("127.0.0.1", "203.0.113.7")
                .uid("44170012").label("Gridbot").acctLv(2)
                .trading("USDT", "2480.35", "2480.35").trading("BTC", "0.0125", "1064.10").funding("USDT", "150"));
        journal = okx.add(FakeKey.builder().perm("read_only").uid("44170012").label("Journal")
                .trading("USDT", "2480.35", "2480.35"));
        FakeKey scalper = okx.add(FakeKey.builder().perm("read_only,trade,withdraw").ips("127.0.0.1")
                .uid("44170012").label("Oldscalper"));
        FakeKey demo = okx.add(FakeKey.builder().perm("read_only,trade").demo(true).label("Demobot"));
        FakeKey retired = okx.add(FakeKey.builder().perm("read_only").label("Journal2025"));
        AppConfig config = config();
        try (Secret password = Secret.ofString(MASTER);
                Vault vault = Vault.create(config.vaultFile(), password, config.vaultOptions());
                OkxClient client = OkxClient.create();
                KeyChecker checker = new KeyChecker(client)) {
            KeyService service = new KeyService(checker);
            long gridId = add(vault, "Grid bot", Purpose.TRADING, Environment.LIVE, grid, okx);
            long journalId = add(vault, "Journal", Purpose.READ_ONLY, Environment.LIVE, journal, okx);
            long scalperId = add(vault, "Old scalper", Purpose.TRADING, Environment.LIVE, scalper, okx);
            add(vault, "Demo bot", Purpose.TRADING, Environment.DEMO, demo, okx);
            service.check(vault, gridId);
            service.check(vault, journalId);
            service.check(vault, scalperId);
            Thread.sleep(450);
            service.check(vault, gridId);
            long retiredId = add(vault, "Journal 2025", Purpose.READ_ONLY, Environment.LIVE, retired, okx);
            new KeyLifecycle(vault, Clock.systemUTC()).revoke(retiredId);
        }
    }

    private static long add(Vault vault, String label, Purpose purpose, Environment environment, FakeKey key,
            FakeOkxServer okx) throws Exception {
        try (Credentials credentials = new Credentials(Secret.ofString(key.apiKey()), Secret.ofString(key.secretKey()),
                Secret.ofString(key.passphrase()))) {
            return vault.add(new KeyDraft(label, purpose, environment, Region.GLOBAL, okx.baseUrl(),
                    label.equals("Grid bot") ? "Runs on the VPS in Frankfurt." : "", 0, credentials)).record().id();
        }
    }

    private AppConfig config() {
        return new AppConfig(folder.resolve("vault.keyhaven"), folder.resolve("config"), VaultOptions.forTests(),
                Clock.systemUTC()).withOkxClients(AppUiTest::loopbackOkx);
    }

    private void launch() throws Exception {
        onFx(() -> {
            if (stage == null) {
                stage = new Stage();
            }
            app = new KeyhavenApp(config());
            app.start(stage);
            stage.setWidth(1100);
            stage.setHeight(760);
        });
    }

    private void select(String label) throws Exception {
        onFx(() -> selectNow(label));
        waitFor(() -> lookup("#key-tabs") != null);
    }

    private void selectNow(String label) {
        app.shell().keyList().selectedProperty().set(app.shell().keyList().items().stream()
                .filter(item -> item.key().label().equals(label)).findFirst().orElseThrow());
    }

    /** The "Discard changes" button of the question asked before a page with unsaved input is left. */
    private Button discardButton() {
        return javafx.stage.Window.getWindows().stream()
                .filter(window -> window != stage && window.getScene() != null)
                .map(window -> window.getScene().getRoot().lookupAll(".button"))
                .flatMap(java.util.Set::stream)
                .filter(node -> node instanceof Button button && "Discard changes".equals(button.getText()))
                .map(Button.class::cast)
                .findFirst().orElse(null);
    }

    /** Every path answers with a proxy's error page, as when OKX is down behind its CDN. */
    private static void okxDown(FakeOkxServer okx) {
        for (String path : new String[] {OkxClient.TIME_PATH, OkxClient.ACCOUNT_CONFIG_PATH,
            OkxClient.ACCOUNT_BALANCE_PATH, OkxClient.ASSET_BALANCES_PATH}) {
            okx.failAlways(path, FakeOkxServer.Fault.html(502));
        }
    }

    /** Presses Check now and waits until the check has ended with a verdict other than the one shown before. */
    private void checkNow(String before) throws Exception {
        onFx(() -> {
            ((javafx.scene.control.ScrollPane) lookup("#status-view")).setVvalue(0);
            ((Button) lookup("#check-now")).fire();
        });
        waitFor(() -> !text("#status-verdict").equals(before) && !lookup("#check-now").isDisabled());
        onFx(() -> ((javafx.scene.control.ScrollPane) lookup("#status-view")).setVvalue(0));
    }

    private void selectTab(int index) throws Exception {
        onFx(() -> ((TabPane) lookup("#key-tabs")).getSelectionModel().select(index));
    }

    private void scrollStatusToBottom() throws Exception {
        onFx(() -> ((javafx.scene.control.ScrollPane) lookup("#status-view")).setVvalue(1));
    }

    private Node lookup(String query) {
        return stage.getScene() == null ? null : stage.getScene().getRoot().lookup(query);
    }

    private String text(String query) {
        Node node = lookup(query);
        return node instanceof Labeled labeled ? labeled.getText() : "";
    }

    /** Lets layout, CSS and background reads settle, then writes the window's scene as a PNG. */
    private void shoot(String name) throws Exception {
        Thread.sleep(400);
        ImageIO.write(toBufferedImage(snapshot()), "png", output.resolve(name + ".png").toFile());
        System.out.println("  " + name + ".png");
        // The same screen at the smallest size the layout must hold (the window's minimum is below it).
        double width = callFx(stage::getWidth);
        double height = callFx(stage::getHeight);
        onFx(() -> {
            stage.setWidth(900);
            stage.setHeight(600);
        });
        Thread.sleep(300);
        Path small = Files.createDirectories(output.resolve("900x600"));
        ImageIO.write(toBufferedImage(snapshot()), "png", small.resolve(name + ".png").toFile());
        onFx(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        Thread.sleep(200);
    }

    /** The window with the question it asks drawn where it shows, over its centre. */
    private void shootWithDialog(String name) throws Exception {
        Thread.sleep(400);
        javafx.stage.Window dialog = callFx(() -> javafx.stage.Window.getWindows().stream()
                .filter(window -> window != stage && window.getScene() != null && window.isShowing())
                .findFirst().orElseThrow());
        BufferedImage window = toBufferedImage(snapshot());
        BufferedImage question = toBufferedImage(callFx(() -> {
            dialog.getScene().getRoot().applyCss();
            dialog.getScene().getRoot().layout();
            return dialog.getScene().snapshot(null);
        }));
        java.awt.Graphics2D canvas = window.createGraphics();
        canvas.setColor(new java.awt.Color(0, 0, 0, 60));
        canvas.fillRect(0, 0, window.getWidth(), window.getHeight());
        canvas.drawImage(question, (window.getWidth() - question.getWidth()) / 2,
                (window.getHeight() - question.getHeight()) / 2, null);
        canvas.dispose();
        ImageIO.write(window, "png", output.resolve(name + ".png").toFile());
        System.out.println("  " + name + ".png");
    }

    private WritableImage snapshot() throws Exception {
        return callFx(() -> {
            Scene scene = stage.getScene();
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            return scene.snapshot(null);
        });
    }

    /** javafx-swing is not a dependency: the pixels are copied by hand. */
    static BufferedImage toBufferedImage(WritableImage image) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] pixels = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        BufferedImage buffered = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        buffered.setRGB(0, 0, width, height, pixels, 0, width);
        return buffered;
    }

    private void waitFor(BooleanSupplier condition) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!callFx(condition::getAsBoolean)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The window did not reach the expected state in time");
            }
            Thread.sleep(50);
        }
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.err.println("Could not delete " + folder + ": " + e.getMessage());
        }
    }
}
