package dev.optout.cli;

import dev.optout.guide.PackReasons;
import dev.optout.guide.RegionClass;
import dev.optout.pack.Pack;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The guide's list of what it can do, all ticked: one line each on what a pack does and why; the person unticks any
 * by number, and only the ticked ones run.
 */
final class Checklist {

    private static final String INDENT = "       ";

    private Checklist() {
    }

    static List<Pack> choose(List<Pack> offered, RegionClass region, Prompter prompter, PrintWriter out) {
        out.println("optout can do this for you; everything is ticked:");
        for (int i = 0; i < offered.size(); i++) {
            Pack pack = offered.get(i);
            out.println("  [x] " + (i + 1) + ". " + pack.title() + " (" + pack.id() + ")");
            String why = PackReasons.why(pack.id(), region);
            if (!why.isEmpty()) {
                out.println(INDENT + "why: " + why);
            }
        }
        out.flush();
        Set<Integer> unticked = prompter.ask(question(offered.size())).orElse(Set.of());
        List<Pack> chosen = new ArrayList<>();
        for (int i = 0; i < offered.size(); i++) {
            if (!unticked.contains(i + 1)) {
                chosen.add(offered.get(i));
            }
        }
        if (!unticked.isEmpty()) {
            out.println("Left out: " + String.join(", ", unticked.stream().map(n -> offered.get(n - 1).id())
                    .toList()) + ".");
            out.flush();
        }
        return chosen;
    }

    private static Question<Set<Integer>> question(int count) {
        String example = count >= 3 ? "2 3" : count == 2 ? "2" : "1";
        return new Question<>("the numbers to leave out", "Type the numbers of any you want to leave out (e.g. "
                + example + ")", false, "Enter keeps " + (count == 1 ? "it" : "them all"), "",
                answer -> numbers(answer, count));
    }

    /** The numbers in an answer such as {@code 2 3} or {@code 2,3}; each must be on the list. */
    static Set<Integer> numbers(String answer, int count) {
        Set<Integer> numbers = new TreeSet<>();
        for (String word : answer.split("[,\\s]+")) {
            if (word.isBlank()) {
                continue;
            }
            if (!word.matches("[0-9]{1,3}") || Integer.parseInt(word) < 1 || Integer.parseInt(word) > count) {
                throw new Question.Refused("'" + word + "' is not a number of the list (1 to " + count + ")");
            }
            numbers.add(Integer.parseInt(word));
        }
        return numbers;
    }
}
