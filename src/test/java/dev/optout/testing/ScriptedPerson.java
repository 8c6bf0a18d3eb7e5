package dev.optout.testing;

import dev.optout.engine.Person;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A person who answers from a script and remembers everything they were told or asked. */
public final class ScriptedPerson implements Person {

    private final Deque<String> answers = new ArrayDeque<>();
    private final List<String> heard = new ArrayList<>();
    private final List<Map.Entry<String, Runnable>> deeds = new ArrayList<>();

    public ScriptedPerson answering(String... lines) {
        answers.addAll(List.of(lines));
        return this;
    }

    @Override
    public boolean confirm(String question) {
        heard.add(question);
        String answer = answers.poll();
        return answer != null && (answer.equals("y") || answer.equals("yes"));
    }

    @Override
    public Optional<String> ask(String prompt) {
        heard.add(prompt);
        return Optional.ofNullable(answers.poll());
    }

    /**
     * When told something containing {@code fragment}, the person does {@code deed} (in the browser, say) before
     * the tool goes on: as a person who reads the terminal and acts.
     */
    public ScriptedPerson whenTold(String fragment, Runnable deed) {
        deeds.add(Map.entry(fragment, deed));
        return this;
    }

    @Override
    public void tell(String message) {
        heard.add(message);
        deeds.stream().filter(d -> message.contains(d.getKey())).forEach(d -> d.getValue().run());
    }

    public List<String> heard() {
        return List.copyOf(heard);
    }

    public String transcript() {
        return String.join("\n", heard);
    }
}
