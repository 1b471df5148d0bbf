package dev.storybrief.clean;

import dev.storybrief.model.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A credit line: who reported, wrote or edited the piece, who contributed to it, or where it was first published
 * ("Reporting by ...; Editing by ...", "Reuters contributed to this report.", "With reporting from Associated Press
 * and Agence France-Presse.", "This article was originally published by The Conversation.", "Mit Material von dpa",
 * "Cet article a d'abord été publié dans ...", "Artykuł ukazał się pierwotnie w ..."), in English, German, French and
 * Polish. It is not news, but it says who reported: the reason names the listed outlets it credits (else the
 * publisher it names last, "The Conversation"), so {@code --explain} keeps that.
 */
final class CreditRule implements LineRule {
    private static final Pattern CREDIT = Pattern.compile("(?iu)(?:contributed (?:to )?(?:this|the) (?:report|story|article)"
            // "Reporting from Santa Rita" says where the reporter was, not who reported
            + "|^\\(?(?:additional )?(?:reporting|writing|editing|research) by\\b"
            + "|^\\(?with (?:additional )?reporting\\b"
            + "|^(?:this|the present) (?:article|story|piece|column|essay|post) (?:was |is |has been )?(?:originally |first )?"
            + "(?:published|appeared|ran|republished|syndicated)\\b"
            + "|^(?:originally|first) (?:published|appeared) (?:by|in|on|at)\\b"
            + "|^\\(?(?:mit )?material (?:von|der|aus)\\b|^mitarbeit\\s*:"
            + "|^(?:dieser|der) (?:artikel|beitrag|text) (?:ist |wurde |erschien )?(?:zuerst|erstmals|urspr[üu]nglich)\\b"
            + "|^avec (?:la contribution de|les agences\\b)"
            + "|^(?:cet article|ce texte|cette tribune) (?:a |est )?(?:initialement |d'abord |originellement )?(?:[ée]t[ée] )?"
            + "(?:initialement |d'abord )?(?:publi[ée]|paru|republi[ée])\\b"
            + "|^(?:artyku[łl]|tekst) (?:pierwotnie |po raz pierwszy )?(?:ukaza[łl] si[ęe]|opublikowano|zosta[łl] opublikowany)\\b"
            + "|^wsp[óo][łl]praca\\s*:)");
    /** Where a piece first appeared, named after its preposition: "originally published by The Conversation". */
    private static final Pattern FIRST_PUBLISHER = Pattern.compile("(?u)\\b(?:by|from|in|on|bei|im|von|par|dans|sur|w|na)"
            + "\\s+(\\p{Lu}[\\p{L}\\d&.'’ -]{1,60}?)(?:\\s+under\\b.*)?\\s*[.]?$");
    /** A credit is a line of its own; a longer paragraph that says someone "contributed" is the story's. */
    private static final int MAX_WORDS = 40;

    @Override
    public String name() {
        return "credit-line";
    }

    @Override
    public Optional<String> match(LineContext context) {
        String line = context.line();
        if (!Words.atMost(line, MAX_WORDS) || !CREDIT.matcher(line).find()) {
            return Optional.empty();
        }
        List<String> credited = credited(line);
        if (credited.isEmpty()) {
            Matcher first = FIRST_PUBLISHER.matcher(line);
            credited = first.find() ? List.of(first.group(1)) : List.of();
        }
        return Optional.of(credited.isEmpty() ? "reporting credit" : "reporting credit (" + String.join(", ", credited) + ")");
    }

    /** The listed outlets the line names, in the order it names them. */
    static List<String> credited(String line) {
        List<int[]> at = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (OutletNames.Outlet o : OutletNames.standard().outlets()) {
            List<String> forms = new ArrayList<>(o.aliases());
            forms.add(o.name());
            int first = Integer.MAX_VALUE;
            for (String form : forms) {
                if (form.length() < 2) {
                    continue;
                }
                var m = Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(form) + "(?![\\p{L}\\d])").matcher(line);
                if (m.find()) {
                    first = Math.min(first, m.start());
                }
            }
            if (first != Integer.MAX_VALUE) {
                at.add(new int[]{first, names.size()});
                names.add(o.name());
            }
        }
        at.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<String> ordered = new ArrayList<>();
        for (int[] a : at) {
            ordered.add(names.get(a[1]));
        }
        return ordered;
    }
}
