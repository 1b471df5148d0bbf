package dev.storybrief;

import dev.storybrief.ingest.MetaKey;
import dev.storybrief.ingest.RawDocument;
import dev.storybrief.ingest.SourceFormat;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Made-up inputs for a story with copies: an agency's report, the same text run by a site under its own name (a line
 * added), the agency's own later version of it, and one outlet's own report.
 */
public final class ReprintedWire {
    /** The agency's text. */
    public static final String WIRE = "Officials in Kellport said on Tuesday that a fire had destroyed the old grain mill"
            + " by the river, and that nobody was hurt. \"We got everyone out in time, and that is what matters,\" fire"
            + " chief Anna Berg said at the scene. The mill held nearly 6,000 tonnes of wheat for the grain cooperative,"
            + " its manager said. Investigators will look into the cause of the fire on Wednesday, the police said, and"
            + " the road along the river stays closed.";
    private static final String OWN = "The old grain mill of Kellport burned down on Tuesday night, and nobody was hurt,"
            + " the fire brigade said. \"It went up in minutes,\" said Peter Lund, who lives across the river. The"
            + " cooperative had stored wheat in the mill for decades. The police will look into the cause of the fire on"
            + " Wednesday.";

    private ReprintedWire() {
    }

    /** One document with an outlet and a date. */
    public static RawDocument doc(String id, String outlet, String date, String title, String text) {
        return new RawDocument(id, Path.of(id + ".txt"), SourceFormat.TEXT, text,
                Map.of(MetaKey.OUTLET, outlet, MetaKey.PUBLISHED, date, MetaKey.TITLE, title));
    }

    /** The agency's report, the site's copy of it, and the other outlet's own report. */
    public static List<RawDocument> reprinted() {
        return List.of(doc("ap", "Associated Press", "2026-03-03", "Fire destroys Kellport grain mill", WIRE),
                doc("herald", "Kellport Herald", "2026-03-04", "Grain mill lost to fire", OWN),
                doc("tribune", "Redfield Tribune", "2026-03-03", "Kellport mill burns down",
                        WIRE + "\n\nThe Tribune will follow the story."));
    }

    /** The agency's report, its own later version with a paragraph added, and the other outlet's own report. */
    public static List<RawDocument> versions() {
        return List.of(doc("ap", "Associated Press", "2026-03-03", "Fire destroys Kellport grain mill", WIRE),
                doc("ap-update", "Associated Press", "2026-03-03", "Fire destroys Kellport grain mill", WIRE
                        + "\n\nThe cooperative said it would rebuild the mill by the end of the year, and that the wheat"
                        + " was insured."),
                doc("herald", "Kellport Herald", "2026-03-04", "Grain mill lost to fire", OWN));
    }
}
