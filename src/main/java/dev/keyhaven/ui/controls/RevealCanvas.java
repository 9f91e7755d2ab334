package dev.keyhaven.ui.controls;

import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;

/**
 * Shows a revealed secret's characters as pixels, so no text node or String property ever holds them.
 * Drawing costs one short-lived String (a canvas only draws Strings), so owners draw only when the
 * value, the size or the visibility changed: once per layout pass at most.
 */
public final class RevealCanvas extends Canvas {

    private boolean showingText;
    private int draws;

    public RevealCanvas() {
        setMouseTransparent(true);
        setFocusTraversable(false);
    }

    /** Replaces what is drawn with {@code chars}, vertically centred, {@code left} pixels in. */
    public void draw(char[] chars, Font font, Paint fill, double left) {
        draw(chars, font, fill, left, left, Math.max(left + 1, getWidth() - left));
    }

    /**
     * Replaces what is drawn with {@code chars} starting at {@code textX} (left of {@code clipLeft} when
     * the field scrolled a long value), showing only what lies between {@code clipLeft} and {@code clipRight}.
     */
    public void draw(char[] chars, Font font, Paint fill, double textX, double clipLeft, double clipRight) {
        GraphicsContext graphics = getGraphicsContext2D();
        graphics.clearRect(0, 0, getWidth(), getHeight());
        graphics.save();
        graphics.beginPath();
        graphics.rect(clipLeft, 0, Math.max(0, clipRight - clipLeft), getHeight());
        graphics.clip();
        graphics.setFont(font);
        graphics.setFill(fill);
        graphics.setTextBaseline(VPos.CENTER);
        graphics.fillText(new String(chars), textX, getHeight() / 2);
        graphics.restore();
        showingText = chars.length > 0;
        draws++;
    }

    /** Clears the pixels. */
    public void blank() {
        getGraphicsContext2D().clearRect(0, 0, getWidth(), getHeight());
        showingText = false;
    }

    /** True between a draw and the next blank (for tests and for owners). */
    public boolean isShowingText() {
        return showingText;
    }

    /** How many times characters were drawn (each draw made a String of them). */
    int drawCount() {
        return draws;
    }
}
