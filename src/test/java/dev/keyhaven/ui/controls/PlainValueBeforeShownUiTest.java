package dev.keyhaven.ui.controls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.secret.Secret;
import dev.keyhaven.ui.FxTest;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;

/**
 * An API key put into its field before the field is shown (a form opened again after unlock): its mask
 * must be hidden under the drawn characters, or the mask's dots show through around thin ones like "-".
 */
class PlainValueBeforeShownUiTest extends FxTest {

    private VBox root;

    @Override
    public void start(Stage stage) {
        root = new VBox();
        stage.setScene(new Scene(root, 500, 100));
        stage.show();
    }

    @Test
    void maskIsHiddenUnderAValueGivenBeforeTheFieldWasShown() {
        SecretInput[] input = new SecretInput[1];
        interact(() -> {
            input[0] = new SecretInput("API key");
            input[0].setPlain(true);
            input[0].setSecret(Secret.ofString("98eab308-bffe-46bf-875e-2f28f8219438"));
            root.getChildren().add(input[0]);
        });
        Node mask = lookup(".text").match(node -> isInside(node, input[0].field())).query();
        assertThat(input[0].isShowingPlaintext()).isTrue();
        assertThat(mask.getOpacity()).as("the mask's opacity under the drawn key").isZero();
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at == ancestor) {
                return true;
            }
        }
        return false;
    }
}
