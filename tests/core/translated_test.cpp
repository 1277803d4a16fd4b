// The core's message lookup (core/src/translated.h): English without a catalog, the catalog's
// words with one, English again for a message the catalog lacks, and the positional values.
#include "../../core/src/translated.h"
#include "texts_language.h"

#include <gtest/gtest.h>

using namespace followups;
using namespace followups::testing;

TEST(FilledIn, putsEachValueWhereItsNumberStands)
{
    EXPECT_EQ(filledIn("Follow-up %1$d of %2$d.", {"2", "3"}), "Follow-up 2 of 3.");
    // A translation may reorder them.
    EXPECT_EQ(filledIn("%2$s, %1$s", {"a", "b"}), "b, a");
    EXPECT_EQ(filledIn("%1$s and %1$s", {"x"}), "x and x");
}

TEST(FilledIn, leavesWhatIsNoPlaceholderAsWritten)
{
    EXPECT_EQ(filledIn("100%% sure", {}), "100% sure");
    EXPECT_EQ(filledIn("50% off %s %0$s %3$s %1$x", {"v"}), "50% off %s %0$s %3$s %1$x");
    EXPECT_EQ(filledIn("ends with %", {"v"}), "ends with %");
    // A value is never read as a pattern.
    EXPECT_EQ(filledIn("%1$s", {"%2$s"}), "%2$s");
}

TEST(Translated, isTheEnglishMessageWithoutACatalog)
{
    const TextsLanguage english("en");
    EXPECT_EQ(translated("Company"), "Company");
    EXPECT_EQ(translatedInContext("kind of task", "debrief"), "debrief");
    EXPECT_EQ(translatedPlural("%1$d hour", "%1$d hours", 1), "%1$d hour");
    EXPECT_EQ(translatedPlural("%1$d hour", "%1$d hours", 2), "%1$d hours");
}

TEST(Translated, comesFromTheCatalogOfTheLanguage)
{
    const TextsLanguage language("de");
    EXPECT_EQ(translated("Company"), "Unternehmen");
    EXPECT_EQ(translatedInContext("kind of task", "debrief"), "Nachbereitung");
    EXPECT_EQ(translatedPlural("%1$d hour", "%1$d hours", 1), "%1$d Stunde");
    EXPECT_EQ(translatedPlural("%1$d hour", "%1$d hours", 48), "%1$d Stunden");
}

TEST(Translated, fallsBackToEnglishForAMessageTheCatalogLacks)
{
    const TextsLanguage language("de");
    EXPECT_EQ(translated("A message added after the catalog"), "A message added after the catalog");
    EXPECT_EQ(translatedInContext("kind of task", "a kind added later"), "a kind added later");
    // The same words in another context are another message.
    EXPECT_EQ(translatedInContext("not a context the catalog has", "debrief"), "debrief");
}

TEST(Translated, takesTheFirstLanguageOfTheListThatHasACatalog)
{
    const TextsLanguage language("xx:fr:de");
    EXPECT_EQ(translated("Company"), "Entreprise");
}
