package dev.storybrief.analyze.entity;

import dev.storybrief.model.EntityType;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a candidate names a person, organisation or place, and trims what is not part of the name.
 *
 * <p>Order of evidence: the gazetteer; a title before it (person); demonyms ("Libyan") which are no entity by
 * themselves; organisation and place keywords at the head ("Security Council", "Golan Heights"); acronyms
 * (organisation); place prefixes ("Port Aldren", "Mount Kenya"); what the document already knows; then context:
 * a given name, a speech verb after it, a locative preposition before it, "the" before a multi-word name. A lone
 * capitalised word at the sentence start must also look like a name (known, possessive, followed by a verb) to
 * count; elsewhere an unknown lone word needs a sign of a person (a given name, a name known from the article, a
 * speech verb, a possessive) or of a place.
 */
final class EntityClassifier {

    /**
     * German articles and determiners written inside a sentence: what follows one is a noun, which German capitalises,
     * and a name comes after the noun that introduces it ("der Betreiber Nordhavn Lines"), not right after the article.
     */
    private static final Set<String> GERMAN_DETERMINERS = Set.of("der", "die", "das", "den", "dem", "des", "ein",
            "eine", "einen", "einem", "einer", "eines", "kein", "keine", "keinen", "diese", "dieser", "diesen",
            "diesem", "dieses", "jede", "jeder", "jeden", "jedem", "jedes");
    /** Words of a town's or an area's administration that open the names of its public bodies ("City Transit"). */
    /** The last words of a town's streets ("Coke Row", "Mill Lane"): places that no body runs or speaks for. */
    private static final Set<String> STREET_WORDS = Set.of("Lane", "Row", "Terrace", "Crescent", "Boulevard",
            "Mews", "Parade", "Drive", "Street", "Avenue", "Road");
    private static final Set<String> CIVIC_OPENERS = Set.of("City", "County", "District", "Municipal", "Metro",
            "Regional", "Provincial", "State",
            // a police force named after where it serves ("Police Scotland", "Police Service of Northern Ireland")
            "Police");
    private static final Set<String> SPEECH_VERBS = Set.of("said", "says", "say", "told", "tells", "added", "asked",
            "stated", "declared", "announced", "warned", "insisted", "noted", "explained", "argued", "wrote",
            "complained", "acknowledged", "admitted", "denied", "confirmed", "urged", "replied", "recalled",
            "continued", "predicted", "claimed", "charged", "cautioned", "stressed", "suggested", "agreed");
    private static final Set<String> VERB_LIKE = Set.of("has", "had", "is", "was", "will", "would", "could", "can",
            "may", "might", "must", "should", "did", "does", "broke", "met", "went", "came", "took", "gave", "made",
            "won", "lost", "left", "led", "fled", "sent", "spoke", "became", "began", "held");
    /** "to" is left out: "a warning to Milosevic", "in reaction to Prak Sokhonn's statement". */
    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "from", "into", "across", "outside",
            "inside", "toward", "towards", "throughout", "around", "via", "through", "within", "off");
    private static final Set<String> STRONG_LOCATIVE = Set.of("in", "at", "near");
    private static final Set<String> SENTENCE_BREAKS = Set.of(":", ">", "•", "|", "*", "`", "“", "\"", "(", "[");
    /**
     * What opens a German sentence before its first noun: articles, demonstratives, possessives, prepositions
     * joined to their article ("Im", "Zum") and prepositions that take a bare noun ("Nach Angaben", "Laut Polizei").
     * "Bei" is left out: it opens Chinese names ("Bei Dao"). Capitalised only there, they make the noun after them look like a name.
     */
    private static final Set<String> GERMAN_OPENERS = Set.of("Der", "Die", "Das", "Dem", "Den", "Ein", "Eine",
            "Einer", "Eines", "Einem", "Einen", "Dieser", "Diese", "Dieses", "Diesem", "Diesen", "Jeder", "Jede",
            "Jedes", "Kein", "Keine", "Mein", "Meine", "Sein", "Seine", "Ihr", "Ihre", "Unser", "Unsere", "Im", "Am",
            "Vom", "Zum", "Zur", "Beim", "Nach", "Laut", "Seit", "Wegen", "Trotz", "Während", "Unter",
            "Gegen", "Zwischen");
    /** Plurals of nouns of agents ("Inspectors", "Retailers", "Scientists", "Physicians"). */
    private static final java.util.regex.Pattern AGENT_PLURAL =
            java.util.regex.Pattern.compile("\\p{Lu}\\p{Ll}{3,}(?:ers|ors|ists|ians|ents|ants)");
    /** Present verbs only a plural subject takes ("Opponents say", "Residents have"): a group, not one person. */
    private static final Set<String> PLURAL_VERBS = Set.of("say", "have", "are", "were", "tell", "claim", "argue",
            "fear", "want");
    /** What follows the verb "shares" ("Smith shares the prize"), not the noun ("Kelgrid shares rose"). */
    private static final Set<String> OBJECT_OPENERS = Set.of("the", "a", "an", "his", "her", "their", "its", "this",
            "that", "these", "those", "my", "our", "your");
    /** Offices held over a place, whose "of" names it: "the mayor of", "the bishop of". */
    private static final Set<String> PLACE_OFFICES = Set.of("mayor", "mayoress", "governor", "bishop", "archbishop",
            "sheriff", "provost", "burgomaster");
    /** Those who live in a place, whose "of" names it: "residents of Tessford". */
    private static final Set<String> PLACE_PEOPLE = Set.of("residents", "inhabitants", "townspeople", "villagers",
            "townsfolk");
    private static final Set<String> PLACE_NOUNS = Set.of("town", "city", "village", "province", "region", "capital",
            "north", "south", "east", "west", "outskirts", "suburbs", "district", "island", "state", "port");

    /**
     * What a ship is called before its name ("the tanker Marisa Vey", "the ferry Spirit of Kelby"): the name after it
     * is a vessel's, neither a person's nor a place's. "carrier" is left out: "the carrier Ryanair" is an airline.
     */
    private static final Set<String> VESSEL_NOUNS = Set.of("tanker", "ship", "vessel", "ferry", "freighter", "trawler",
            "yacht", "liner", "tug", "tugboat", "barge", "frigate", "destroyer", "submarine", "lifeboat", "cruiser",
            "schooner", "dredger", "containership", "supertanker");
    /**
     * What other languages call a ship before its name ("il traghetto Stella Marina", "na promie Stella Marina", "de
     * veerboot Stella Marina", "le navire", "el buque", "o navio"), keyed by the article's language: several are words
     * of another kind in English ("nave", "prom", "cargo").
     */
    private static final java.util.Map<String, Set<String>> OTHER_VESSEL_NOUNS = java.util.Map.of(
            "it", Set.of("traghetto", "nave", "motonave", "peschereccio", "petroliera", "mercantile", "rimorchiatore",
                    "portacontainer", "veliero", "yacht", "motopesca"),
            "pl", Set.of("prom", "promie", "promu", "promem", "statek", "statku", "statkiem", "tankowiec",
                    "tankowca", "tankowcu", "kuter", "kutra", "kutrze", "jacht", "jachcie", "kontenerowiec"),
            "nl", Set.of("veerboot", "veerpont", "schip", "vrachtschip", "containerschip", "tanker", "sleepboot",
                    "kotter", "jacht"),
            "de", Set.of("fähre", "schiff", "frachter", "frachtschiff", "containerschiff", "tanker", "kutter",
                    "kreuzfahrtschiff"),
            "fr", Set.of("ferry", "navire", "paquebot", "cargo", "chalutier", "pétrolier", "voilier", "remorqueur"),
            "es", Set.of("ferry", "buque", "barco", "petrolero", "carguero", "pesquero", "transbordador", "yate"),
            "pt", Set.of("ferry", "navio", "barco", "petroleiro", "cargueiro", "pesqueiro", "balsa", "iate"),
            "sv", Set.of("färjan", "fartyget", "tankern"),
            "da", Set.of("færgen", "skibet", "tankskibet"));

    /**
     * What a storm is called before its given name ("Storm Bertram", "Hurricane Ida", "Tropical Storm Alberto",
     * "Sturm Xaver", "Orkan Kyrill", "la tormenta Óscar", "a tempestade Martinho"): the name after it is the storm's,
     * an event, and a lone "Bertram" later in the article is the storm too. Matched in either case.
     */
    private static final Set<String> STORM_NOUNS = Set.of("storm", "hurricane", "typhoon", "cyclone", "sturm",
            "orkan", "tormenta", "tempestade", "huracán", "furacão", "ouragan", "tempête", "tropensturm", "taifun",
            "tifón", "tufão", "ciclón", "ciclone", "windstorm");
    /**
     * "operated by X": a business's part (a depot, a plant, a line); a person runs or manages a yard as well, and
     * "run by"/"managed by" say nothing.
     */
    private static final Set<String> OPERATED = Set.of("operated");
    private static final Set<String> IT = Set.of("it", "its");
    /**
     * Kinds of business and club a name is apposed to or follows ("Harlow Brandt, the construction firm that ...",
     * "the club Ashby Rovers"): nouns of bodies only, not of what a person can be (a "developer", a "builder").
     */
    private static final Set<String> ORGANISATION_NOUNS = Set.of("firm", "company", "club", "carmaker",
            "automaker", "retailer", "bank", "insurer", "lender", "charity", "chain", "airline", "utility",
            "conglomerate", "startup", "start-up", "brewery", "consortium", "subsidiary", "franchise", "supermarket",
            "grocer", "housebuilder", "homebuilder", "multinational", "union", "supplier", "provider",
            "manufacturer", "group");
    /** What opens another noun phrase or owner between a name and an "its" that is then not the name's. */
    private static final Set<String> CLAUSE_OWNERS = Set.of("the", "a", "an", "his", "her", "their", "this", "these",
            "those", "he", "she", "they", "it", "who", "which");
    /** "of" and its kin before a body's noun: "of the", "del", "de la", "du", "della", "do", "da", "des". */
    private static final Set<String> OF_LINKS = Set.of("of", "del", "de", "du", "des", "della", "dello", "dell'",
            "do", "da", "di", "dos", "das", "van", "von", "der");
    /** Articles between "of" and a body's noun: "of the union", "de la federación", "della società". */
    private static final Set<String> COMPLEMENT_ARTICLES = Set.of("the", "a", "an", "la", "le", "el", "il", "lo",
            "l'", "o", "os", "las", "los", "les");
    private static final Set<String> SHARE_NOUNS = Set.of("shares", "stock", "shareholders");
    /**
     * Verbs and nouns of a takeover, whose object is a business ("Halvorsen Foods will acquire Pinecrest Dairy",
     * "agreed to buy Pinecrest Dairy", "its takeover of"): a person is neither bought nor merged with.
     */
    private static final Set<String> TAKEOVER_WORDS = Set.of("acquire", "acquires", "acquired", "acquiring", "buy",
            "buys", "bought", "buying", "takeover", "merger");
    private static final Set<String> TAKEOVER_LINKS = Set.of("of", "with");
    /**
     * What a word qualifies an office by, written before it in lower case ("Former Dunmore mayor Gerald Pruitt",
     * "the then Dunmore mayor"): how long or whether the office was held, never a word of a name.
     */
    private static final Set<String> STANDING_WORDS = Set.of("Former", "Ex", "Ex-", "Then", "Outgoing", "Incoming",
            "Retired", "Onetime", "One-time");
    /**
     * Plurals of common nouns by a suffix a surname does not end in ("Brightform Appliances", "Brookline Securities",
     * "Arden Motors", "Velo Dynamics", "Carrow Chemicals"): a firm is named after the trade it sells; "Jennings",
     * "Clements" and "Peters" are why "-ings", "-ents" and "-ers" are left out.
     */
    private static final java.util.regex.Pattern TRADE_PLURAL = java.util.regex.Pattern.compile(
            "\\p{Lu}\\p{Ll}+(?:ances|ences|ments|tions|sions|ities|ologies|ics|ives|ants|als|ures|tors|eries)");
    private static final Set<String> OWNED_LINKS = Set.of("of", "in");
    /** One word built on "water" ("Wendwater", "Severnwater"): the name a water company takes from its river. */
    private static final java.util.regex.Pattern WATER_COMPANY = java.util.regex.Pattern.compile("\\p{Lu}\\p{Ll}{2,}water");
    private static final Set<String> CLAUSE_AFTER_NAME = Set.of("said", "says", "which", "has", "had", "is", "was",
            "will", "would");
    private static final Set<String> APPOSITION_ARTICLES = Set.of("the", "a", "an");
    /** Words that end the noun phrase of an apposition: a clause, a preposition, a verb. */
    private static final Set<String> APPOSITION_STOPS = Set.of("that", "which", "who", "whose", "where", "based",
            "with", "in", "of", "for", "and", "or", "behind", "at", "from", "on", "to", "by", "said", "says", "is",
            "was", "has", "had", "will", "owned", "run", "hired", "founded", "set");

    /** "I" with its verb written onto it ("I'm", "I've"): English capitalises the pronoun, which opens no name. */
    /** The last part of a web domain: a generic one ("com", "org") or a country's two letters ("fr", "co" of "co.uk"). */
    private static final java.util.regex.Pattern DOMAIN_ENDING = java.util.regex.Pattern.compile("com|org|net|gov|edu|info|biz|news|[a-z]{2}");
    private static final java.util.regex.Pattern FIRST_PERSON = java.util.regex.Pattern.compile("I['’](?:m|ve|d|ll)");

    private final Lexicon lexicon;

    EntityClassifier(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The mention this candidate yields, or null. */
    EntityMention classify(String sentence, List<Token> tokens, Candidate candidate, NameMemory memory) {
        EntityMention mention = classifyRun(sentence, tokens, candidate, memory);
        int first = candidate.first();
        if (mention != null && mention.type() != EntityType.PERSON && first >= 2
                && tokens.get(first - 1).isPossessiveMarker() && tokens.get(first - 2).isCapitalised()
                && lexicon.isTitle(tokens.get(first - 2).text()) && mention.start() == tokens.get(first).start()
                && (isOrganizationHead(tokens, first, candidate.end()) || isHead(tokens, first, candidate.end(), true))) {
            // "King's Meadow College", "Queen's Park", "Bishop's Stortford": a title's possessive opens the name of
            // the body or place named after it; the run stopped at the "'s", and the title alone names no one
            return new EntityMention(tokens.get(first - 2).start(), mention.end(),
                    sentence.substring(tokens.get(first - 2).start(), mention.end()), mention.type());
        }
        return mention;
    }

    private EntityMention classifyRun(String sentence, List<Token> tokens, Candidate candidate, NameMemory memory) {
        int first = candidate.first();
        int end = candidate.end();
        if (afterVesselNoun(tokens, first, memory.language()) || isShipPrefix(tokens, first, end)
                || memory.isNamedThing(text(sentence, tokens, first, end))
                || isStormNoun(tokens.get(first).text()) && end - first > 1) {
            // "the tanker Marisa Vey", "Storm Bertram", a later "Bertram": a ship or a storm, none of the kinds this
            // recognizer reports
            return null;
        }
        if (isWebAddress(tokens, end)) {
            // "Amazon.com", "Tervala.fr": a name written with a domain's ending is a business or a body's site,
            // whatever river or town shares the name
            return mention(sentence, tokens, first, end, EntityType.ORGANIZATION);
        }
        if (KnownPlaceNames.isCompoundCountry(text(sentence, tokens, first, end), memory.language())) {
            // "Royaume Uni", "Etats Unis": a country of two words, whether news writes its hyphen and accent or not
            return mention(sentence, tokens, first, end, EntityType.PLACE);
        }
        if ((MediumNames.standsAsMedium(tokens, first, end, memory.language())
                || MediumNames.afterOutletNoun(tokens, first) || AccordingTo.titleAfter(tokens, first, end))
                && memory.knownType(text(sentence, tokens, first, end)) != EntityType.PERSON
                && lexicon.gazetteerType(text(sentence, tokens, first, end)) != EntityType.PLACE) {
            // "wrote on Facebook", "an editorial in Politico", "el diario El Heraldo", "selon Le Figaro": the medium
            // that carried the words, not a place or a person ("escribió en Madrid": a known place is where)
            return mention(sentence, tokens, first, end, EntityType.ORGANIZATION);
        }
        if (memory.capitalisesNouns()) {
            // "des Deutschen Wetterdienstes", "Das Bundesamt für Migration": a body by how its name is built; the
            // article or preposition the sentence's start capitalised is no part of it
            int body = GERMAN_OPENERS.contains(tokens.get(first).text()) && end - first >= 2 ? first + 1 : first;
            int bodyEnd = GermanBodies.bodyEnd(tokens, body, end);
            if (bodyEnd >= end) {
                return mention(sentence, tokens, body, bodyEnd, EntityType.ORGANIZATION);
            }
        }
        if (end - first >= 2 && memory.capitalisesNouns() && LocalNameForms.isGermanAreaNoun(tokens.get(first).text())) {
            // "im Landkreis Görlitz", "der Stadt Köln": the unit's noun opens the run, the place's name follows it
            return classifyRun(sentence, tokens, new Candidate(first + 1, end, candidate.kind()), memory);
        }
        if (end - first >= 2 && FIRST_PERSON.matcher(tokens.get(first).text()).matches()) {
            // "I'm Becky Anderson", a presenter's sign-on in a transcript: the pronoun is capitalised as always
            return classifyRun(sentence, tokens, new Candidate(first + 1, end, candidate.kind()), memory);
        }
        if (LocalNameForms.opensOnSlavicPreposition(tokens, first, end, memory.language())) {
            // "Na Srí Lance zemřelo": the place after the preposition, whose case Czech writes on the name
            Candidate rest = new Candidate(first + 1, end, candidate.kind());
            EntityMention name = classifyRun(sentence, tokens, rest, memory);
            // "Na", "V", "W" say where; "Podle", "Od" may stand before a person ("Podle Jana Nováka")
            return name == null || name.type() != EntityType.PERSON
                    || !LocalNameForms.isSlavicLocative(tokens.get(first).text()) ? name
                    : mention(sentence, tokens, first + 1, end, EntityType.PLACE);
        }
        if (end - first >= 2 && STANDING_WORDS.contains(tokens.get(first).text())) {
            // "Former Dunmore mayor Gerald Pruitt": the word says the office was held, the name follows it
            return classifyRun(sentence, tokens, new Candidate(first + 1, end, candidate.kind()), memory);
        }
        if (end - first >= 2 && PlacePrepositions.introduces(tokens, first, memory.language())
                && !PersonCues.isGivenName(tokens.get(first).text(), lexicon)) {
            int place = PlacePrepositions.placeEnd(tokens, first, end, memory.language());
            if (place < end) {
                // "in Lindau Gelder der Stadt": German capitalises the noun after the town, no part of its name;
                // "desde Castellón y Sagunto": two towns
                return classifyRun(sentence, tokens, new Candidate(first, place, candidate.kind()), memory);
            }
        }
        int person = PersonCues.covers(memory.language()) ? PersonCues.givenNameStart(tokens, first, end, lexicon) : first;
        if (person > first && !isOrganizationHead(tokens, first, end)
                && LocalNameForms.multiWord(tokens, first, end, memory.language()) == null) {
            // "Verteidiger Jonas Wendt", "Dijkgraaf Pieter van Dam", "Pour Jean-Luc Ferrand": a role these languages
            // capitalise, or a word the sentence's start did, before a given name belongs to the role, not the name
            return classifyRun(sentence, tokens, new Candidate(person, end, Candidate.Kind.PERSON), memory);
        }
        if (end - first >= 2 && isModelCode(tokens.get(end - 1).text())) {
            return null; // "Kettlewise KX-200 kettles": a product's model, no person, body or place
        }
        if (knownType(text(sentence, tokens, first, end), end - first, memory) == EntityType.PLACE
                && RelationNouns.follows(tokens, first)) {
            // "his wife, Florence", "his daughter Georgia": a relative is a person, whatever place shares the name
            return mention(sentence, tokens, first, end, EntityType.PERSON);
        }
        EntityType known = knownType(text(sentence, tokens, first, end), end - first, memory);
        if (known != null || candidate.kind() == Candidate.Kind.KNOWN_ONLY) {
            return known == null ? null : mention(sentence, tokens, first, end, known);
        }
        if (candidate.kind() == Candidate.Kind.PERSON) {
            // "le Premier Ministre Britannique Tony Blair": a nationality after the office is no part of the name
            int name = first;
            while (name < end && lexicon.isDemonym(tokens.get(name).text())) {
                name++;
            }
            return name == end ? null : mention(sentence, tokens, name, end, EntityType.PERSON);
        }
        if (candidate.kind() == Candidate.Kind.BEFORE_TITLE && end - first == 1
                && lexicon.isArticle(tokens.get(first).text())) {
            return null; // "Der Verkehrsminister Philipp Maier": the article is the office's
        }
        if (candidate.kind() == Candidate.Kind.BEFORE_TITLE && end - first > 1
                && lexicon.isDemonym(tokens.get(end - 1).text())) {
            // "the BBC's Matt Frei Haitian President Rene Preval": a text run together from two lines; the
            // nationality belongs to the office, the name before it is a name of its own
            return classify(sentence, tokens, new Candidate(first, end - 1, Candidate.Kind.OPEN), memory);
        }
        int named = LocalNameForms.nameStart(tokens, first, end, memory.language());
        if (named > first) {
            // "Enligt Region Halland", "La Guardia Civil" opening a sentence: the capital is the sentence's
            return classify(sentence, tokens, new Candidate(named, end, candidate.kind()), memory);
        }
        int place = isSentenceInitial(tokens, first)
                ? PlacePrepositions.afterOpeningLocution(tokens, first, end, memory.language()) : first;
        if (place > first) {
            // "Nahe Nonnenhorn", "Cerca de Faura", "Tussen Vianen": a locution of place the sentence's start
            // capitalised; read before German's openers, so "Zwischen Hergenstein und" keeps its town
            return classify(sentence, tokens, new Candidate(place, end, candidate.kind()), memory);
        }
        boolean dutchDen = "nl".equals(memory.language()) && "Den".equals(tokens.get(first).text());
        if (GERMAN_OPENERS.contains(tokens.get(first).text()) && end - first >= 2 && !dutchDen) {
            // ("Den Haag", "Den Bosch": Dutch keeps an old article in its towns' names, which this leaves whole)
            // "Ein Waldbrand hat", "Im Hafenstreik von Velmora": German capitalises its nouns, so a determiner or
            // a preposition with its article opening the sentence and the noun after it are no name; a name may
            // follow them ("von Velmora")
            int rest = first + 2;
            while (rest < end && !tokens.get(rest).isCapitalised()) {
                rest++;
            }
            return rest < end ? classify(sentence, tokens, new Candidate(rest, end, candidate.kind()), memory) : null;
        }
        if (end - first >= 3 && isSentenceInitial(tokens, first) && lexicon.isPlacePrefix(tokens.get(first + 1).text())
                && !lexicon.isPlacePrefix(tokens.get(first).text()) && !lexicon.isGivenName(tokens.get(first).text())
                && !lexicon.isTitle(tokens.get(first).text())
                && lexicon.gazetteerType(text(sentence, tokens, first, first + 1)) == null) {
            // "Nearby Mount Ellery had opposed it": a word capitalised because it opens the sentence, then a place
            // named by its prefix ("Mount", "Port", "St.")
            return classify(sentence, tokens, new Candidate(first + 1, end, candidate.kind()), memory);
        }
        if (end - first >= 2 && PersonCues.covers(memory.language()) && isSentenceInitial(tokens, first)
                && PersonCues.isStopWord(tokens.get(first).text(), memory.language())
                && !memory.isPartOfPersonName(tokens.get(first).text())
                && !CandidateFinder.opensSurname(tokens, first, end)) {
            // "Bij Zutphen", "Pour Météo-France": a preposition or a pronoun capitalised because it opens the sentence
            // ("Le Pen a déclaré" keeps its "Le" where the article names Marine Le Pen)
            return classify(sentence, tokens, new Candidate(first + 1, end, candidate.kind()), memory);
        }
        if (isNoEntity(tokens, first, end)) {
            return null;
        }
        int lead = afterArticle(tokens, first, end);
        if (lexicon.isDemonym(tokens.get(lead).text()) && !isOrganizationHead(tokens, first, end)) {
            int rest = lead;
            while (rest < end && (lexicon.isDemonym(tokens.get(rest).text()) || !tokens.get(rest).isWord())) {
                rest++;
            }
            return rest < end ? classify(sentence, tokens, new Candidate(rest, end, candidate.kind()), memory) : null;
        }
        if (end - first == 3 && lexicon.isTitle(tokens.get(first).text()) && isHead(tokens, first, end, true)
                && (personContext(tokens, end) || memory.isLoneSurname(tokens.get(end - 1).text()))) {
            // "Councillor Lena Park, who campaigned ...": the office's holder, whose surname is a place noun; the
            // candidate finder left the office on because "Park" ends places too
            return mention(sentence, tokens, first + 1, end, EntityType.PERSON);
        }
        boolean modifier = candidate.kind() == Candidate.Kind.BEFORE_TITLE;
        EntityType type = end - first == 1 ? singleWord(tokens, first, memory, modifier)
                : multiWord(tokens, first, end, memory);
        return type == null ? null : mention(sentence, tokens, first, end, type);
    }

    /**
     * "Le Britannique Tony Blair", "Der Brite Tony Blair": an article capitalised at the sentence's start before a
     * nationality noun belongs to that noun, not to the name after it; the index after it, else {@code first}.
     */
    private int afterArticle(List<Token> tokens, int first, int end) {
        boolean articleBeforeNationality = first + 1 < end && lexicon.isArticle(tokens.get(first).text())
                && lexicon.isDemonym(tokens.get(first + 1).text());
        return articleBeforeNationality ? first + 1 : first;
    }

    /** The gazetteer's type, else (for multi-word names only) what the document already decided. */
    private EntityType knownType(String text, int words, NameMemory memory) {
        EntityType known = lexicon.gazetteerType(text);
        return known == null && words > 1 ? memory.knownType(text) : known;
    }

    /** Titles alone, events, headings, adjective phrases ("North Korean") and lone common nouns. */
    private boolean isNoEntity(List<Token> tokens, int first, int end) {
        String last = tokens.get(end - 1).text();
        boolean adjectivePhrase = lexicon.isDemonym(last) && !isOrganizationHead(tokens, first, end);
        boolean commonWord = end - first == 1 && lexicon.isSentenceNoun(last);
        return isOnlyTitles(tokens, first, end) || lexicon.isNonEntityHead(tokens.get(first).text())
                || lexicon.isNonEntityTail(last) || isHeadline(tokens, first, end) || adjectivePhrase || commonWord
                || isDesignator(tokens, first, end);
    }

    /**
     * "Measure K", "Plan B", "Terminal C": a word and a single capital letter name a ballot measure, a plan or a
     * part of a place by its letter, as "Proposition 12" does by its number; a person's name does not end in a bare
     * letter (an initial has its dot, "Harry S. Truman", or comes first).
     */
    private boolean isDesignator(List<Token> tokens, int first, int end) {
        String last = tokens.get(end - 1).text();
        return end - first == 2 && last.length() == 1 && Character.isUpperCase(last.charAt(0))
                && !lexicon.isGivenName(tokens.get(first).text());
    }

    private EntityType singleWord(List<Token> tokens, int index, NameMemory memory, boolean beforeTitle) {
        Token token = tokens.get(index);
        String word = token.text();
        // "KX2-24": letters with digits are a code (a model, a batch, a flight), not a body's initials
        boolean acronym = token.isAllCaps() && word.replace(".", "").length() <= 6
                && word.chars().noneMatch(Character::isDigit);
        if (acronym) {
            // "KDMR 88.1 FM", "at 5 PM": capitals right after a number that end the phrase are its unit or
            // band; "5,000 UN troops" goes on to what is counted
            return isUnitOfNumber(tokens, index) ? null : EntityType.ORGANIZATION;
        }
        if (index + 1 < tokens.size() && PLACE_OFFICES.contains(tokens.get(index + 1).text())) {
            return EntityType.PLACE; // "Dunmore mayor Gerald Pruitt": the place the office is held over
        }
        if (memory.isFiledFrom(word)) {
            return EntityType.PLACE; // the place its dateline names ("BRENMOOR (Northern Wire) -")
        }
        if (headsOrganisationApposition(tokens, index + 1)) {
            // "Wendwater, the local supplier, shut its intake": a word apposed to a kind of business is that
            // business, at the sentence's start too
            return EntityType.ORGANIZATION;
        }
        if (WATER_COMPANY.matcher(word).matches() && !memory.isPartOfPersonName(word)
                && (isSpeechVerb(tokens, index + 1) || ownsByIts(tokens, index, index + 1))) {
            // "Wendwater said", "forced Wendwater to shut its intake": a word built on "water" that speaks or owns
            // is the water company (the "Thames Water" of a town), as "Tarn Water" is by its head; the "Goldwater"
            // of "Barry Goldwater said" is the person the article named in full
            return EntityType.ORGANIZATION;
        }
        if (!memory.isPartOfPersonName(word) && !lexicon.isGivenName(word)) {
            EntityType local = LocalNameForms.singleWord(tokens, index, memory.language());
            if (local != null) {
                return local; // "i Norrvik", "pod Zalesiem", "la sierra de Almenara", "Norrvik" by its ending
            }
        }
        if (AccordingTo.bodyAfterArticle(tokens, index) && !memory.isPartOfPersonName(word) && !lexicon.isGivenName(word)
                && lexicon.gazetteerType(word) != EntityType.PLACE) {
            return EntityType.ORGANIZATION; // "secondo l'Anas", "según el Infoca": a source named with its article
        }
        if (!beforeTitle && isSentenceInitial(tokens, index) && !looksLikeInitialName(tokens, index, memory)) {
            return null;
        }
        if (lexicon.isOrganizationKeyword(word) || ownedAsShares(tokens, index)
                || isFirmBeforeShares(tokens, index) && !memory.isPartOfPersonName(word)) {
            return EntityType.ORGANIZATION;
        }
        if (PersonCues.covers(memory.language()) && PersonCues.afterFirmNoun(tokens, index)) {
            return EntityType.ORGANIZATION; // "het energiebedrijf Veluwestroom", "la società Ferrini"
        }
        if (memory.isFirmWord(word) && !memory.isPartOfPersonName(word)) {
            // "Morgan said" in an article about the bank Morgan Stanley ("shares of Morgan Stanley"), "Brandt said it
            // would hire locally" beside "Harlow Brandt Ltd": a word of a firm's name the article marks as a firm's
            // is that firm, unless a person of the article bears it
            return EntityType.ORGANIZATION;
        }
        if (isPlaceOnly(tokens, index)) {
            // "Tom Chester, the mayor of Chester", "moved from Kent to Florence": a person's surname can be a town's
            // name, and there only a place stands
            return EntityType.PLACE;
        }
        if (memory.isPartOfPersonName(word) || lexicon.isGivenName(word)) {
            return EntityType.PERSON;
        }
        if (memory.isPlaceWord(word)) {
            // "Tessford says no to the incinerator" in an article about "residents of Tessford": a town the article
            // names where only a place stands is that town wherever it stands alone, even before "says"
            return EntityType.PLACE;
        }
        if (FirmCues.beforeFirmRole(tokens, index) || FirmCues.employs(tokens, index)
                || !beforeTitle && afterKindOfFirm(tokens, index, index + 1)) {
            // "Torvex chief executive Helen Marsh", "analysts at Carbury", "the retailer Pennard will": only a
            // business has such an office, staff, or kind; the name is no person's (the article names none so) nor
            // a place's ("its" alone is no sign: a town has its library too)
            return EntityType.ORGANIZATION;
        }
        if (beforeTitle) {
            return null; // "Transport Secretary", "Fire Chief": the word says what the office is about
        }
        // "the BBC's Matt Frei in Port-au-Prince says": after "in", "at" or "near" a lone name is where the speaker
        // is, even right before the speech verb
        boolean strongLocative = index > 0
                && STRONG_LOCATIVE.contains(tokens.get(index - 1).text().toLowerCase(Locale.ROOT));
        if (isSpeechVerb(tokens, index + 1) && !strongLocative) {
            // "Norvex said it had replaced the valves": what speaks of itself as "it" is a business, not a person
            return organisationContext(tokens, index, index + 1) == EntityType.ORGANIZATION
                    ? EntityType.ORGANIZATION : EntityType.PERSON;
        }
        if (isLocative(tokens, index) && !(memory.capitalisesNouns() && PlacePrepositions.isGermanNoun(tokens, index))) {
            // (German capitalises its nouns: "in Millionenhöhe", "in Sicherheitsgründen" say how much or why)
            return EntityType.PLACE;
        }
        // An unknown lone word with no sign of being a person ("Halloween", "Embassy", "Zarya") is left out; a
        // possessive ("Gadhafi's arsenal") is one such sign, the full name earlier in the article another.
        boolean possessive = index + 1 < tokens.size() && tokens.get(index + 1).isPossessiveMarker();
        return possessive ? EntityType.PERSON : null;
    }

    /**
     * Whether the run ending at {@code end} is written on to a web domain's ending: a dot right after its last word
     * and two to six lower-case letters right after the dot ("Amazon.com", "Tervala.co.uk"), no space between.
     */
    private static boolean isWebAddress(List<Token> tokens, int end) {
        if (end + 1 >= tokens.size() || end == 0) {
            return false;
        }
        Token dot = tokens.get(end);
        Token tld = tokens.get(end + 1);
        return dot.text().equals(".") && dot.start() == tokens.get(end - 1).end() && tld.start() == dot.end()
                && DOMAIN_ENDING.matcher(tld.text()).matches();
    }

    /** A word with letters and digits ("KX-200", "A320"): a model or a code. */
    private static boolean isModelCode(String word) {
        return word.chars().anyMatch(Character::isDigit) && word.chars().anyMatch(Character::isLetter);
    }

    /**
     * "88.1 FM", "5 PM.": an abbreviation right after a number, before the phrase ends (punctuation, the end, a
     * function word): the number's unit, band or zone.
     */
    private boolean isUnitOfNumber(List<Token> tokens, int index) {
        // a year is no quantity: "In 2011 NATO and its allies" names the alliance
        if (index == 0 || !Character.isDigit(tokens.get(index - 1).text().charAt(0))
                || tokens.get(index - 1).text().matches("\\d{4}")) {
            return false;
        }
        if (index + 1 >= tokens.size() || !tokens.get(index + 1).isWord()) {
            return true;
        }
        String next = tokens.get(index + 1).text();
        return Character.isLowerCase(next.charAt(0)) && lexicon.isFunctionWord(next);
    }

    /**
     * A name whose last word is the plural of a common noun by its suffix ({@link #TRADE_PLURAL}), not after a given
     * name: a firm named after its trade ("Brightform Appliances", "Brookline Securities").
     */
    private boolean isNamedAfterTrade(List<Token> tokens, int first, int end) {
        return end - first >= 2 && isTradePlural(tokens.get(end - 1).text())
                && !lexicon.isGivenName(tokens.get(first).text());
    }

    /** The plural of a common noun by a suffix no surname ends in ("Appliances", "Securities"): {@link #TRADE_PLURAL}. */
    static boolean isTradePlural(String word) {
        return TRADE_PLURAL.matcher(word).matches();
    }

    private EntityType multiWord(List<Token> tokens, int first, int end, NameMemory memory) {
        if (isOrganizationHead(tokens, first, end) || isNamedAfterTrade(tokens, first, end)
                || ownedAsShares(tokens, first)
                || tokens.subList(first, end).stream().anyMatch(t -> t.text().equals("&"))) {
            return EntityType.ORGANIZATION;
        }
        if (isHead(tokens, first, end, true)) {
            // "Ada Bridge said": a known given name that speaks is a person whose surname is a place noun; a place
            // does not speak, so a facility that does is its operator ("Velmora Gateway said it regretted the strike")
            // (a comma between closes an apposition: "a nurse at Dunmore Infirmary, said" is the nurse speaking)
            boolean speaks = isSpeechVerb(tokens, end);
            boolean street = STREET_WORDS.contains(tokens.get(end - 1).text());
            if (speaks && (lexicon.isGivenName(tokens.get(first).text()) || street && end - first == 2)) {
                // a street has no operator to speak for it: "Nathan Lane said" is a man
                return EntityType.PERSON;
            }
            if (end - first == 2 && personContext(tokens, end) && !afterTheOrLocative(tokens, first)) {
                return EntityType.PERSON; // "Lena Park, who led the campaign", "Lena Park, 41, said": no place does
            }
            return speaks ? EntityType.ORGANIZATION : EntityType.PLACE;
        }
        if (lexicon.isGivenName(tokens.get(first).text())) {
            return EntityType.PERSON;
        }
        if (lexicon.isPlacePrefix(tokens.get(first).text())) {
            return EntityType.PLACE; // "the River Tarrow", "the Isle of Wight": "the" makes no organisation of a place
        }
        EntityType local = LocalNameForms.multiWord(tokens, first, end, memory.language());
        if (local == EntityType.PLACE && tokens.subList(first, end).stream()
                .anyMatch(t -> lexicon.isOrganizationKeyword(t.text()))) {
            return EntityType.ORGANIZATION; // "Radio Norrvik": a body named after its place
        }
        if (local != null) {
            // "Guardia Civil", "Serra Alta", "Sydfyns Politi", "en Villa Rosa": how the article's language builds
            // the names of bodies and places, which the English look of a first and last name would miss
            return local;
        }
        // "el Partido Azul", "La Unión Verde", "El Real Costanera": a name of three words or more that opens with
        // another language's article names a body, as "the" before one does; "Le Pen" is two
        boolean afterThe = first > 0 && tokens.get(first - 1).text().equalsIgnoreCase("the")
                || end - first >= 3 && lexicon.isArticle(tokens.get(first).text());
        boolean plainWords = tokens.subList(first, end).stream().allMatch(t -> t.isWord() && !t.isAllCaps());
        if (afterThe || !plainWords) {
            return EntityType.ORGANIZATION;
        }
        boolean strongLocative = first > 0
                && STRONG_LOCATIVE.contains(tokens.get(first - 1).text().toLowerCase(Locale.ROOT));
        // "the town of Pine Hollow", as "the town of Zawiya" is
        boolean placeOf = first > 1 && tokens.get(first - 1).text().equals("of") && isLocative(tokens, first);
        if ((strongLocative || placeOf) && end - first == 2) {
            return EntityType.PLACE;
        }
        EntityType context = organisationContext(tokens, first, end);
        return context != null ? context : unknownName(tokens, first, end, memory);
    }

    /**
     * Capitalised words that neither a list nor the sentence types: a person's name by its look ("Tom Reilly"),
     * unless how it is built says otherwise. A number before it counts what it names ("30 Milliarden Euro", "2,300
     * Marlow Steel jobs"): people are not counted by their names. One opening with the word of a town's or an area's
     * administration ("City Transit", "County Rail") is a public body named after where it works: no given name is
     * such a word. In German, which capitalises its nouns, what follows an article is a noun, not a name ("mit der
     * Elbtal Rundschau"). In the languages of {@link PersonCues} a person needs a cue beside the name.
     */
    private EntityType unknownName(List<Token> tokens, int first, int end, NameMemory memory) {
        if (isCounted(tokens, first)) {
            return null;
        }
        if (CIVIC_OPENERS.contains(tokens.get(first).text())) {
            return EntityType.ORGANIZATION;
        }
        if (memory.capitalisesNouns() && first > 0 && GERMAN_DETERMINERS.contains(tokens.get(first - 1).text())) {
            return null;
        }
        if (PersonCues.covers(memory.language())) {
            // these languages capitalise firms named after a founder or a place, and German every noun: a person
            // needs a cue beside the name ("la società Ferrini Motori" is a firm, "Hebel Rechnungen" no name)
            if (PersonCues.afterFirmNoun(tokens, first)) {
                return EntityType.ORGANIZATION;
            }
            return PersonCues.personBeside(tokens, first, end, lexicon) ? EntityType.PERSON : null;
        }
        return EntityType.PERSON;
    }

    /**
     * Whether a number stands right before {@code first} ("30 Milliarden Euro", "2,300 Marlow Steel jobs"); a year is
     * no count ("In 2011 Tony Blair said"), nor an age written as one word ("76-year-old Morton Blackwell"), nor the
     * number of a list's item that opens the line.
     */
    private static boolean isCounted(List<Token> tokens, int first) {
        if (first < 2) {
            return false; // "4 Gina Rodriguez Questioned ...": a number opening the line numbers an item of a list
        }
        // a number alone: "76-year-old Morton Blackwell" says the person's age, and an age comes before a name
        String before = tokens.get(first - 1).text();
        return before.matches("\\d[\\d.,]*") && !before.matches("\\d{4}");
    }

    /**
     * True when a vessel or storm noun stands right before the name ("the stranded tanker Marisa Vey", "storm Bertram",
     * "il traghetto Stella Marina" in an article in {@code language}).
     */
    private static boolean afterVesselNoun(List<Token> tokens, int first, String language) {
        int namer = first - (first > 1 && isOpeningQuote(tokens.get(first - 1)) ? 2 : 1);
        return namer >= 0 && (isVesselNoun(tokens.get(namer).text(), language)
                || isStormNoun(tokens.get(namer).text()));
    }

    /**
     * A quotation mark that may open a name: "le navire « Ocean Star »", "das Schiff „Ocean Star“", "the ship
     * "Northern Light"" (a name set in quotation marks after the noun that says what it names).
     */
    private static boolean isOpeningQuote(Token token) {
        return token.text().length() == 1 && "«\"“„‘'‹「『".indexOf(token.text().charAt(0)) >= 0;
    }

    /** A word that calls what its name follows a ship, in English or in the article's {@code language}. */
    private static boolean isVesselNoun(String word, String language) {
        String lower = word.toLowerCase(Locale.ROOT);
        return VESSEL_NOUNS.contains(lower) || OTHER_VESSEL_NOUNS.getOrDefault(language, Set.of()).contains(lower);
    }

    /**
     * "M/F Havørn", "M/S Birka", "M/V Sewol": the letters for motor ferry, ship or vessel before a ship's name, or the
     * name after them; a ship is none of the kinds this recognizer reports.
     */
    private static boolean isShipPrefix(List<Token> tokens, int first, int end) {
        boolean prefixM = tokens.get(first).text().equals("M") && first + 2 < tokens.size()
                && tokens.get(first + 1).text().equals("/") && tokens.get(first + 2).text().matches("[FSVT]");
        boolean afterM = first >= 2 && tokens.get(first).text().matches("[FSVT]")
                && tokens.get(first - 1).text().equals("/") && tokens.get(first - 2).text().equals("M");
        return prefixM && end == first + 1 || afterM;
    }

    private static boolean isStormNoun(String word) {
        return STORM_NOUNS.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * The names a sentence gives ships and storms ("the tanker Marisa Vey", "Storm Bertram"): the capitalised words
     * after a vessel noun or a storm noun.
     */
    static Set<String> namedThings(List<Token> tokens, String language) {
        Set<String> names = new java.util.HashSet<>();
        for (int k = 0; k + 1 < tokens.size(); k++) {
            boolean namer = VESSEL_NOUNS.contains(tokens.get(k).text())
                    || OTHER_VESSEL_NOUNS.getOrDefault(language, Set.of()).contains(tokens.get(k).text())
                    || isStormNoun(tokens.get(k).text());
            // "le navire « Ocean Star »": the name may stand in quotation marks
            int name = k + 2 < tokens.size() && isOpeningQuote(tokens.get(k + 1)) ? k + 2 : k + 1;
            if (!namer || !tokens.get(name).isCapitalised()) {
                continue;
            }
            int end = name;
            while (end < tokens.size() && end - name < 4 && tokens.get(end).isCapitalised() && tokens.get(end).isWord()) {
                end++;
            }
            names.add(tokens.get(name).text() + tokens.subList(name + 1, end).stream().map(t -> " " + t.text())
                    .reduce("", String::concat));
        }
        return names;
    }

    /**
     * What a sentence makes of a name that looks like a first and last name, by what the name does there: a
     * business ({@link EntityType#ORGANIZATION}) when "which" follows it ("Corvel Waste, which said"), when it speaks
     * of itself as "it" ("Corvel Waste said it would pay"), when something is "run by" or "operated by" it, or when it
     * qualifies a thing after "a" ("a Corvel Waste site"); a person is "who", "he" or "she", and is no kind of thing.
     * Null when the sentence says nothing of the kind.
     */
    static EntityType organisationContext(List<Token> tokens, int first, int end) {
        if (isFirmByContext(tokens, first, end)) {
            return EntityType.ORGANIZATION;
        }
        boolean qualifies = first >= 1 && (tokens.get(first - 1).text().equals("a") || tokens.get(first - 1).text()
                .equals("an")) && end < tokens.size() && tokens.get(end).isWord()
                && Character.isLowerCase(tokens.get(end).text().charAt(0));
        return qualifies ? EntityType.ORGANIZATION : null;
    }

    /**
     * The cues of {@link #organisationContext} that only a business takes: "which", "said it", "operated by", an
     * apposition or a noun naming a kind of firm. "a Corvel Waste site" is left out: "an Abraham Lincoln
     * impersonator", "a Bernie Sanders supporter" qualify a thing by a person.
     */
    static boolean isFirmByContext(List<Token> tokens, int first, int end) {
        int next = end < tokens.size() && tokens.get(end).text().equals(",") ? end + 1 : end;
        if (next < tokens.size() && tokens.get(next).text().equals("which")) {
            return true;
        }
        if (isSpeechVerb(tokens, end) && end + 1 < tokens.size() && IT.contains(tokens.get(end + 1).text())) {
            return true;
        }
        if (ownsByIts(tokens, first, end)) {
            return true;
        }
        if (first >= 2 && tokens.get(first - 1).text().equals(",")
                && ORGANISATION_NOUNS.contains(tokens.get(first - 2).text()) && !complementOf(tokens, first - 2)) {
            return true; // "The drivers' union, Transit Workers Skarvik, says": the name apposed to a kind of body
        }
        if (headsOrganisationApposition(tokens, end) || afterKindOfFirm(tokens, first, end)) {
            // "Harlow Brandt, the construction firm that ...", "the construction firm Harlow Brandt"
            return true;
        }
        boolean takenOver = first >= 1 && TAKEOVER_WORDS.contains(tokens.get(first - 1).text())
                || first >= 2 && TAKEOVER_LINKS.contains(tokens.get(first - 1).text())
                && TAKEOVER_WORDS.contains(tokens.get(first - 2).text());
        boolean owner = end < tokens.size() && tokens.get(end).isPossessiveMarker();
        if (takenOver && !owner && !Lexicon.standard().isGivenName(tokens.get(first).text())) {
            // "will acquire Pinecrest Dairy", "its takeover of Pinecrest Dairy"; "to buy Ann Lee's house" buys a thing
            return true;
        }
        return first >= 2 && tokens.get(first - 1).text().equals("by")
                && OPERATED.contains(tokens.get(first - 2).text());
    }

    /**
     * "the construction firm Harlow Brandt", "the retailer Pennard will": a noun of a kind of firm right before a name
     * that ends its clause ("the firm John Smith founded" names a person).
     */
    private static boolean afterKindOfFirm(List<Token> tokens, int first, int end) {
        boolean endsClause = end >= tokens.size() || !tokens.get(end).isWord()
                || CLAUSE_AFTER_NAME.contains(tokens.get(end).text());
        return first >= 1 && endsClause && ORGANISATION_NOUNS.contains(tokens.get(first - 1).text());
    }

    /**
     * "Marlow Steel will close its Tarrow works", "Marlow Steel confirmed on Monday that its works": a name that opens
     * its clause and does something to "its" own thing is a body; a person's is "his" or "her". Only the name's own
     * clause counts: no article, possessive or other name may come between ("Tom Reilly said the firm would close its
     * plant" is the firm's plant), nor more than eight words.
     */
    private static boolean ownsByIts(List<Token> tokens, int first, int end) {
        // "forced Marlow Steel to shut its works": the name before "to" is the subject of the verb after it
        boolean subjectOfTo = end < tokens.size() && tokens.get(end).text().equals("to");
        if (end >= tokens.size() || !tokens.get(end).isWord() || !Character.isLowerCase(tokens.get(end).text().charAt(0))
                || first > 0 && tokens.get(first - 1).isWord() && !subjectOfTo) {
            return false;
        }
        Lexicon lexicon = Lexicon.standard();
        for (int k = end; k < tokens.size() && k - end <= 8; k++) {
            Token token = tokens.get(k);
            String word = token.text();
            if (word.equals("its")) {
                return true;
            }
            boolean otherName = token.isCapitalised() && !lexicon.isFunctionWord(word);
            if (!token.isWord() || otherName || CLAUSE_OWNERS.contains(word.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return false;
    }

    /**
     * "the head of the union, Jane Doe", "el presidente del club, Luis Ortega": a body's noun after "of" (or its kin)
     * is what an office before it is held over, and the name after the comma is the holder's.
     */
    private static boolean complementOf(List<Token> tokens, int noun) {
        int link = noun - 1;
        if (link >= 1 && COMPLEMENT_ARTICLES.contains(tokens.get(link).text().toLowerCase(Locale.ROOT))) {
            link--;
        }
        return link >= 0 && OF_LINKS.contains(tokens.get(link).text().toLowerCase(Locale.ROOT));
    }

    /**
     * ", the Brentford construction firm that drew up the plans": an apposition after the name whose head noun (its
     * last word before a clause, a preposition or punctuation) is a kind of business or club. "a spokesman for the
     * company" has "spokesman" as its head, "the club's chairman" the possessor's "chairman".
     */
    private static boolean headsOrganisationApposition(List<Token> tokens, int end) {
        if (end + 2 >= tokens.size() || !tokens.get(end).text().equals(",")
                || !APPOSITION_ARTICLES.contains(tokens.get(end + 1).text())) {
            return false;
        }
        int k = end + 2;
        while (k < tokens.size() && k - end <= 8 && tokens.get(k).isWord() && !tokens.get(k).isPossessiveMarker()
                && !APPOSITION_STOPS.contains(tokens.get(k).text())) {
            k++;
        }
        boolean possessed = k < tokens.size() && tokens.get(k).isPossessiveMarker();
        return k > end + 2 && !possessed && ORGANISATION_NOUNS.contains(tokens.get(k - 1).text());
    }

    /**
     * What a sentence says after a name that only a person is: ", who" / ", whose" (a business is "which"), an age
     * between commas (", 41,") or "aged 41".
     */
    static boolean personContext(List<Token> tokens, int end) {
        int next = end < tokens.size() && tokens.get(end).text().equals(",") ? end + 1 : end;
        if (next < tokens.size() && (tokens.get(next).text().equals("who") || tokens.get(next).text().equals("whose")
                || tokens.get(next).text().equals("aged"))) {
            return true;
        }
        return next > end && next + 1 < tokens.size() && tokens.get(next).text().matches("\\d{1,2}")
                && tokens.get(next + 1).text().equals(",");
    }

    /**
     * "shares of Harlow Brandt", "shares in Ashby Rovers", "stock of Harlan": what shares are of is a company, whatever
     * else its name may be. Not "a share of Republicans" (a proportion) nor "a stake in Iraq" (an interest).
     */
    /** "Valeant shares", "Pfizer shareholders": the word before a noun of shares is the company they are of. */
    static boolean beforeShares(List<Token> tokens, int index) {
        return index + 1 < tokens.size() && SHARE_NOUNS.contains(tokens.get(index + 1).text().toLowerCase(Locale.ROOT));
    }

    /** "Kelgrid shares fell": the noun of shares after the word, not the verb of "Smith shares the prize". */
    private static boolean isFirmBeforeShares(List<Token> tokens, int index) {
        return beforeShares(tokens, index) && (index + 2 >= tokens.size()
                || !OBJECT_OPENERS.contains(tokens.get(index + 2).text().toLowerCase(Locale.ROOT)));
    }

    static boolean ownedAsShares(List<Token> tokens, int first) {
        if (first >= 3 && tokens.get(first - 1).text().equals("for") && tokens.get(first - 2).text().equals("share")
                && tokens.get(first - 3).text().equals("a")) {
            return true; // "will pay $36 a share for Pinecrest Dairy": a price per share of the company
        }
        if (first < 2 || !OWNED_LINKS.contains(tokens.get(first - 1).text())) {
            return false;
        }
        return SHARE_NOUNS.contains(tokens.get(first - 2).text().toLowerCase(Locale.ROOT));
    }

    /** "the Lena Park", "in Lena Park": an article or a place's preposition before the name. */
    private static boolean afterTheOrLocative(List<Token> tokens, int first) {
        return first > 0 && (tokens.get(first - 1).text().equalsIgnoreCase("the") || isLocative(tokens, first));
    }

    /** {@link #organisationContext(List, int, int)} for a mention given by its character offsets in the sentence. */
    static EntityType organisationContextAt(List<Token> tokens, int startChar, int endChar) {
        int first = 0;
        while (first < tokens.size() && tokens.get(first).start() < startChar) {
            first++;
        }
        int end = first;
        while (end < tokens.size() && tokens.get(end).start() < endChar) {
            end++;
        }
        return first < end ? organisationContext(tokens, first, end) : null;
    }

    private boolean isOrganizationHead(List<Token> tokens, int first, int end) {
        return isHead(tokens, first, end, false);
    }

    /** The last word, or the word before "of"/"for", is a keyword of the wanted kind. */
    private boolean isHead(List<Token> tokens, int first, int end, boolean place) {
        for (int k = first; k < end; k++) {
            boolean head = k == end - 1 || tokens.get(k + 1).text().equals("of")
                    || tokens.get(k + 1).text().equals("for");
            String word = tokens.get(k).text();
            boolean keyword = place ? lexicon.isPlaceKeyword(word) : lexicon.isOrganizationKeyword(word);
            if (head && keyword) {
                return true;
            }
        }
        return false;
    }

    private boolean looksLikeInitialName(List<Token> tokens, int index, NameMemory memory) {
        String word = tokens.get(index).text();
        // "Le porte-parole de Marine Le Pen": the article inside a name does not make the article opening a sentence one
        // "Pinecrest shares jumped" after "will acquire Pinecrest Dairy": a word of a firm the article marks as one
        boolean partOfName = (memory.isPartOfPersonName(word) || memory.isFirmWord(word)) && !lexicon.isArticle(word);
        if (partOfName || lexicon.isGivenName(word)) {
            return true;
        }
        if (lexicon.isSentenceNoun(word) || memory.isAlsoLowerCase(word)) {
            return false;
        }
        if (index + 1 >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(index + 1);
        String nextWord = next.text();
        if (isEnglishGerund(word, memory) && !SAYING.contains(nextWord)) {
            return false; // "Fighting continued": "continued" is a verb of saying too, but no action says anything
        }
        if (next.isPossessiveMarker() || isFirmBeforeShares(tokens, index) || FirmCues.beforeFirmRole(tokens, index)) {
            // "Kelgrid's plant", "Kelgrid shares fell 3 percent", "Torvex chief executive Helen Marsh said"
            return true;
        }
        if (PLURAL_VERBS.contains(nextWord)) {
            return false; // "Opponents say": a plural subject is a group
        }
        if (SPEECH_VERBS.contains(nextWord)) {
            // "Inspectors warned", "Retailers said": the plural of a noun of agents speaks as a group, no name
            return !AGENT_PLURAL.matcher(word).matches();
        }
        // "Boats crossed", "Prices rose": a plural-looking word before another verb is a common noun
        boolean pluralLooking = word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")
                && !word.endsWith("is");
        boolean verbAfter = VERB_LIKE.contains(nextWord)
                || nextWord.length() > 4 && nextWord.endsWith("ed") && Character.isLowerCase(nextWord.charAt(0));
        return verbAfter && !pluralLooking;
    }

    /** Verbs that only a speaker goes with, and a possessive: after them a word in "-ing" is someone's name. */
    private static final Set<String> SAYING = Set.of("said", "says", "told", "added", "asked", "wrote", "argued",
            "insisted", "explained", "replied", "'s", "’s");

    /**
     * "Fighting continued", "Shelling resumed", "Flooding closed the road": an English gerund opening the sentence is
     * the action, not someone the article has not named before (a "Manning" or "Harding" it named in full is caught
     * above as part of that name; a known place, "Beijing", by the gazetteer before this).
     */
    private static boolean isEnglishGerund(String word, NameMemory memory) {
        return "en".equals(memory.language()) && word.length() > 5 && word.endsWith("ing")
                && Character.isLowerCase(word.charAt(1));
    }

    /** "Secretary General", "Der Minister", "Le Président": offices and an article, nobody's name. */
    private boolean isOnlyTitles(List<Token> tokens, int first, int end) {
        List<Token> words = tokens.subList(first, end);
        return words.stream().allMatch(t -> lexicon.isTitle(t.text()) || !t.isCapitalised() || lexicon.isArticle(t.text()))
                && !words.stream().allMatch(t -> lexicon.isArticle(t.text()));
    }

    /** Runs of shouted words ("TACKLING SECURITY") are section headings, not names. */
    private static boolean isHeadline(List<Token> tokens, int first, int end) {
        boolean allCaps = tokens.subList(first, end).stream().allMatch(Token::isAllCaps);
        return allCaps && (end - first > 1 || tokens.get(first).text().replace(".", "").length() > 6);
    }

    private static boolean isSentenceInitial(List<Token> tokens, int index) {
        for (int k = index - 1; k >= 0; k--) {
            String text = tokens.get(k).text();
            if (tokens.get(k).isWord()) {
                return false;
            }
            if (SENTENCE_BREAKS.contains(text)) {
                return true;
            }
        }
        return true;
    }

    private static boolean isSpeechVerb(List<Token> tokens, int index) {
        return index < tokens.size() && SPEECH_VERBS.contains(tokens.get(index).text());
    }

    /** A noun of a kind of place, whose "of" names one: "the town of", "the outskirts of". */
    static boolean isPlaceNoun(String word) {
        return PLACE_NOUNS.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Where only a place stands: "the mayor of X", "the town of X" (an office held over a place, or a kind of place,
     * then "of"), and "from X to Y" (a move or a route between two capitalised names).
     */
    static boolean isPlaceOnly(List<Token> tokens, int index) {
        if (index >= 1 && CandidateFinder.isUnitGenitive(tokens.get(index - 1).text())) {
            return true; // "gminy Zalesie": the commune of Zalesie
        }
        if (index + 2 < tokens.size() && tokens.get(index + 1).isPossessiveMarker()
                && PLACE_OFFICES.contains(tokens.get(index + 2).text())) {
            return true; // "Seagate's mayor": what a mayor or a governor holds office over is a place
        }
        if (index >= 2 && tokens.get(index - 1).text().equals("of")) {
            String noun = tokens.get(index - 2).text().toLowerCase(Locale.ROOT);
            return isPlaceNoun(noun) || PLACE_OFFICES.contains(noun) || PLACE_PEOPLE.contains(noun);
        }
        boolean fromTo = index >= 1 && tokens.get(index - 1).text().equals("from") && index + 2 < tokens.size()
                && tokens.get(index + 1).text().equals("to") && tokens.get(index + 2).isCapitalised();
        boolean toFrom = index >= 3 && tokens.get(index - 1).text().equals("to") && tokens.get(index - 2).isCapitalised()
                && tokens.get(index - 3).text().equals("from");
        return fromTo || toFrom;
    }

    private static boolean isLocative(List<Token> tokens, int index) {
        if (index == 0) {
            return false;
        }
        String previous = tokens.get(index - 1).text().toLowerCase(Locale.ROOT);
        if (PlacePrepositions.isInstitution(tokens.get(index).text())) {
            return false; // "in Parlamento", "au Sénat": an assembly sits there, it is no place
        }
        if (previous.equals("of") && index >= 2) {
            return isPlaceNoun(tokens.get(index - 2).text());
        }
        if (previous.equals("and") && index >= 3 && tokens.get(index - 2).isCapitalised()
                && STRONG_LOCATIVE.contains(tokens.get(index - 3).text())) {
            return true; // "in Kesvar and Orrin": the second of two places after one "in"
        }
        return LOCATIVE.contains(previous);
    }

    private static String text(String sentence, List<Token> tokens, int first, int end) {
        return sentence.substring(tokens.get(first).start(), tokens.get(end - 1).end());
    }

    private static EntityMention mention(String sentence, List<Token> tokens, int first, int end, EntityType type) {
        return new EntityMention(tokens.get(first).start(), tokens.get(end - 1).end(),
                text(sentence, tokens, first, end), type);
    }
}
