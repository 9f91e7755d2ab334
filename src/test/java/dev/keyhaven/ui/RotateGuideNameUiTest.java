package dev.keyhaven.ui;

import static dev.keyhaven.ui.RotationPages.rotateAStoredKey;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The rotation's guide names the new key after the key it replaces ("Grid bot": Gridbot), not a made-up TradingBot. */
class RotateGuideNameUiTest extends AppUiTest {

    @Override
    AppConfig config(Path vault, Path configDirectory) throws Exception {
        vaultExists();
        return super.config(vault, configDirectory);
    }

    @Test
    void theGuideSuggestsTheKeysOwnLabelAsTheNewKeysName() throws Exception {
        unlock();
        rotateAStoredKey(this);
        List<String> said = WaitForAsyncUtils.waitForAsyncFx(5000, () -> java.util.stream.Stream.concat(
                lookup(node -> node instanceof Labeled).queryAllAs(Labeled.class).stream().map(Labeled::getText),
                lookup(node -> node instanceof Text).queryAllAs(Text.class).stream().map(Text::getText))
                .filter(text -> text != null && text.contains("a clear name such as")).toList());
        assertThat(said).as("the guide's step that names the new key").isNotEmpty()
                .allMatch(text -> text.contains("a clear name such as Gridbot,"));
    }
}
