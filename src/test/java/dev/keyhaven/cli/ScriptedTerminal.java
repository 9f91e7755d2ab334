package dev.keyhaven.cli;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A terminal with a person who types the given answers in order, hidden or not. It records every prompt
 * and every line shown, so tests can check what the person saw.
 */
final class ScriptedTerminal implements Terminal {

    private final Deque<String> answers = new ArrayDeque<>();
    private final List<String> prompts = new ArrayList<>();
    private final List<String> shown = new ArrayList<>();

    ScriptedTerminal(String... typed) {
        answers.addAll(List.of(typed));
    }

    @Override
    public boolean isPresent() {
        return true;
    }

    @Override
    public char[] readHidden(String prompt) {
        prompts.add(prompt);
        String answer = answers.poll();
        return answer == null ? null : answer.toCharArray();
    }

    @Override
    public String readLine(String prompt) {
        prompts.add(prompt);
        return answers.poll();
    }

    @Override
    public void say(String line) {
        shown.add(line);
    }

    List<String> prompts() {
        return prompts;
    }

    /** Everything the person saw on the terminal: prompts and lines. */
    String transcript() {
        return String.join("\n", prompts) + "\n" + String.join("\n", shown);
    }

    int unusedAnswers() {
        return answers.size();
    }
}
