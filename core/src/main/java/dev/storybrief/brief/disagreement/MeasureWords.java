package dev.storybrief.brief.disagreement;

import com.ibm.icu.text.MeasureFormat;
import com.ibm.icu.util.Measure;
import com.ibm.icu.util.MeasureUnit;
import com.ibm.icu.util.ULocale;
import dev.storybrief.analyze.terms.TermChain;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The terms of a language's names for units of measure ("tonnes", "litres", "hectares", "tonnellate", "тонн"), from
 * CLDR's unit names (ICU) in every plural form and every region's spelling, stemmed by the language's term chain. A figure of such a unit measures
 * an amount of some material, which a story gives many of (shipped, held, spilled); a count of things it names once.
 */
final class MeasureWords {
    /** Figures whose plural forms cover every language's categories (one, few, many, other). */
    private static final int[] FORMS = {1, 2, 5, 21};
    private static final Map<String, Set<String>> BY_LANGUAGE = new ConcurrentHashMap<>();
    /** The units of mass, volume, area, length and energy: what news measures material in. */
    private static final List<MeasureUnit> UNITS = List.of(MeasureUnit.METRIC_TON, MeasureUnit.TON, MeasureUnit.KILOGRAM,
            MeasureUnit.GRAM, MeasureUnit.POUND, MeasureUnit.OUNCE, MeasureUnit.LITER, MeasureUnit.MILLILITER,
            MeasureUnit.CUBIC_METER, MeasureUnit.GALLON, MeasureUnit.BARREL, MeasureUnit.HECTARE, MeasureUnit.ACRE,
            MeasureUnit.SQUARE_KILOMETER, MeasureUnit.SQUARE_METER, MeasureUnit.SQUARE_MILE, MeasureUnit.METER,
            MeasureUnit.KILOMETER, MeasureUnit.MILE, MeasureUnit.FOOT, MeasureUnit.KILOWATT_HOUR, MeasureUnit.MEGAWATT,
            MeasureUnit.CELSIUS);

    private MeasureWords() {
    }

    /** The terms of the language's unit names, read once per language. */
    static Set<String> of(String language, TermChain chain) {
        return BY_LANGUAGE.computeIfAbsent(language == null ? "" : language, code -> read(code, chain));
    }

    private static Set<String> read(String language, TermChain chain) {
        Set<String> terms = new HashSet<>();
        String code = language.isEmpty() ? "en" : language;
        // the language's names and its world variant's: "tons" and "liters" are American, "tonnes" and "litres" the
        // world's English (en_001)
        Set<String> names = new HashSet<>();
        for (ULocale locale : List.of(new ULocale(code), new ULocale(code + "_001"))) {
            MeasureFormat format = MeasureFormat.getInstance(locale, MeasureFormat.FormatWidth.WIDE);
            for (MeasureUnit unit : UNITS) {
                for (int n : FORMS) {
                    names.add(format.format(new Measure(n, unit)).replaceAll("\\d", " "));
                }
            }
        }
        names.forEach(name -> terms.addAll(chain.terms(name)));
        return terms;
    }
}
