#include "title_reader.h"

#include "followups/ascii_text.h"
#include "text_folding.h"
#include "text_match.h"
#include "title_words.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <unicode/uchar.h>
#include <unicode/utf8.h>
#include <unordered_map>
#include <unordered_set>

namespace followups
{
namespace
{

// ---- words ------------------------------------------------------------------------------------

UChar32 nextCodePoint(std::string_view text, std::size_t& offset)
{
    const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
    auto at = static_cast<int32_t>(offset);
    UChar32 c = 0;
    U8_NEXT(bytes, at, static_cast<int32_t>(text.size()), c);
    offset = static_cast<std::size_t>(at);
    return c < 0 ? 0xFFFD : c;
}

bool isSpace(UChar32 c)
{
    return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x80 && u_isUWhiteSpace(c));
}

// Characters between words. "." and "'" stay in words ("Inc.", "Acme's"); "@" starts a word of
// its own only when it stands before one ("@ Acme", "@Acme"), not inside an address.
bool separatesWords(UChar32 c)
{
    switch (c) {
    case '-':
    case '/':
    case ',':
    case ';':
    case ':':
    case '"':
    case '!':
    case '?':
    case '*':
    case '|':
    case '<':
    case '>':
    case '(':
    case ')':
    case '[':
    case ']':
    case '{':
    case '}':
    case 0x00B7:
    case 0x2022:
    case 0x2013:
    case 0x2014:
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x00AB:
    case 0x00BB:
    case 0xFF1A:
    case 0x3001:
    case 0xFF0C:
    case 0xFF08:
    case 0xFF09:
    case 0x3010:
    case 0x3011:
    case 0x300C:
    case 0x300D:
    case 0xFF5C:
        return true;
    default:
        return isSpace(c);
    }
}

// Case folded, without a trailing full stop ("Inc." and "Inc" are one word).
std::string foldedWord(std::string_view word)
{
    std::string folded;
    if (std::all_of(word.begin(), word.end(), [](char c) { return (c & 0x80) == 0; })) {
        folded = ascii::lower(word);
    } else {
        folded = foldCase(word);
    }
    if (folded.size() > 1 && folded.back() == '.')
        folded.pop_back();
    return folded;
}

struct Word {
    std::size_t begin = 0; // bytes in the title
    std::size_t end = 0;
    std::string folded;
};

// Splits a word at the pieces written without spaces that `anywhere` holds ("Acme面接" →
// "Acme", "面接").
void splitAtPieces(std::string_view title, Word word, const std::vector<std::string>& anywhere,
                   std::vector<Word>& words)
{
    while (true) {
        const std::string_view text = title.substr(word.begin, word.end - word.begin);
        std::size_t at = std::string_view::npos;
        std::size_t length = 0;
        for (const std::string& piece : anywhere) {
            const std::size_t found = text.find(piece);
            if (found < at ||
                (found == at && found != std::string_view::npos && piece.size() > length)) {
                at = found;
                length = piece.size();
            }
        }
        if (at == std::string_view::npos || (at == 0 && length == text.size())) {
            word.folded = foldedWord(text);
            words.push_back(std::move(word));
            return;
        }
        if (at > 0)
            words.push_back({word.begin, word.begin + at, foldedWord(text.substr(0, at))});
        words.push_back(
            {word.begin + at, word.begin + at + length, foldedWord(text.substr(at, length))});
        if (at + length == text.size())
            return;
        word.begin += at + length;
    }
}

std::vector<Word> splitWords(std::string_view title, std::size_t begin, std::size_t end,
                             const std::vector<std::string>& anywhere)
{
    std::vector<Word> words;
    std::optional<Word> current;
    const auto finish = [&](std::size_t at) {
        if (!current)
            return;
        current->end = at;
        const std::string_view text = title.substr(current->begin, at - current->begin);
        if (std::any_of(text.begin(), text.end(), [](char c) { return (c & 0x80) != 0; }))
            splitAtPieces(title, *current, anywhere, words);
        else
            words.push_back({current->begin, at, foldedWord(text)});
        current.reset();
    };
    for (std::size_t offset = begin; offset < end;) {
        const std::size_t at = offset;
        const UChar32 c = nextCodePoint(title, offset);
        if (c == '/' && current && at - current->begin == 1 &&
            (title[current->begin] == 'w' || title[current->begin] == 'W')) {
            continue; // "w/" is one word: "with"
        }
        if (c == '@' && !current) {
            words.push_back({at, offset, "@"});
            continue;
        }
        if (separatesWords(c)) {
            finish(at);
            continue;
        }
        if (!current)
            current = Word{at, at, {}};
    }
    finish(end);
    return words;
}

std::vector<std::string> foldedWords(std::string_view text)
{
    std::vector<std::string> folded;
    for (Word& word : splitWords(text, 0, text.size(), {}))
        folded.push_back(std::move(word.folded));
    return folded;
}

bool hasLetter(std::string_view text)
{
    for (std::size_t offset = 0; offset < text.size();) {
        if (u_isalpha(nextCodePoint(text, offset)))
            return true;
    }
    return false;
}

// ---- vocabulary -------------------------------------------------------------------------------

// Edge: the start or end of a piece, for the words beside it.
enum class WordClass {
    Keyword,
    Stage,
    AmbiguousStage, // also ends company names (title_words.h)
    Filler,
    At,
    With,
    For,
    Word,
    Number,
    Edge
};

bool isConnector(WordClass kind)
{
    return kind == WordClass::At || kind == WordClass::With || kind == WordClass::For;
}

// Phrases of folded words, looked up by their first word.
class Phrases
{
public:
    void add(std::string_view text, WordClass kind)
    {
        std::vector<std::string> words = foldedWords(text);
        if (words.empty())
            return;
        if (words.size() == 1 && writtenWithoutSpaces(text))
            anywhere_.push_back(words.front());
        std::string first = words.front();
        byFirst_[first].push_back({std::move(words), kind});
    }

    struct Match {
        std::size_t length = 0;
        WordClass kind = WordClass::Word;
    };

    // The longest phrase starting at words[at].
    Match longestAt(const std::vector<Word>& words, std::size_t at) const
    {
        Match best;
        const auto found = byFirst_.find(words[at].folded);
        if (found == byFirst_.end())
            return best;
        for (const Entry& entry : found->second) {
            const std::size_t length = entry.words.size();
            if (length <= best.length || at + length > words.size())
                continue;
            bool same = true;
            for (std::size_t i = 1; i < length && same; ++i)
                same = words[at + i].folded == entry.words[i];
            if (same)
                best = {length, entry.kind};
        }
        return best;
    }

    bool containsAnywhere(std::string_view text) const
    {
        return std::any_of(anywhere_.begin(), anywhere_.end(), [&](const std::string& piece) {
            return text.find(piece) != std::string_view::npos;
        });
    }

    const std::vector<std::string>& anywhere() const { return anywhere_; }

private:
    struct Entry {
        std::vector<std::string> words;
        WordClass kind;
    };
    std::unordered_map<std::string, std::vector<Entry>> byFirst_;
    std::vector<std::string> anywhere_; // one-word entries written without spaces
};

bool isFiller(std::string_view word)
{
    for (const std::string_view filler :
         {"your", "my",  "our",  "the", "a",  "an",  "ihr", "dein", "mein",  "das", "der",
          "die",  "ein", "eine", "le",  "la", "les", "un",  "une",  "votre", "mon", "ma",
          "el",   "tu",  "su",   "il",  "lo", "una", "het", "een",  "je",    "jouw"}) {
        if (word == filler)
            return true;
    }
    return false;
}

const Phrases& fixedPhrases()
{
    static const Phrases phrases = [] {
        Phrases built;
        const auto ambiguous = title_words::ambiguousStageWords();
        for (const std::string_view word : title_words::stageWords()) {
            const bool isAmbiguous =
                std::find(ambiguous.begin(), ambiguous.end(), word) != ambiguous.end();
            built.add(word, isFiller(word) ? WordClass::Filler
                            : isAmbiguous  ? WordClass::AmbiguousStage
                                           : WordClass::Stage);
        }
        for (const std::string_view word : title_words::atWords())
            built.add(word, WordClass::At);
        for (const std::string_view word : title_words::withWords())
            built.add(word, WordClass::With);
        for (const std::string_view word : title_words::forWords())
            built.add(word, WordClass::For);
        return built;
    }();
    return phrases;
}

// The policy's keywords change rarely (the CLI and the agent each have one list): built once per
// thread for the list last asked for.
const Phrases& keywordPhrases(const std::vector<std::string>& keywords)
{
    thread_local std::vector<std::string> builtFor;
    thread_local Phrases phrases;
    thread_local bool built = false;
    if (!built || builtFor != keywords) {
        phrases = Phrases{};
        for (const std::string& keyword : keywords)
            phrases.add(keyword, WordClass::Keyword);
        builtFor = keywords;
        built = true;
    }
    return phrases;
}

struct JobWords {
    Phrases roles;
    Phrases companies;
    std::vector<std::string> roleEndings;
};

const JobWords& jobWords()
{
    static const JobWords words = [] {
        JobWords built;
        for (const std::string_view word : title_words::roleWords())
            built.roles.add(word, WordClass::Word);
        for (const std::string_view word : title_words::companyWords())
            built.companies.add(word, WordClass::Word);
        for (const std::string_view ending : title_words::roleEndings())
            built.roleEndings.push_back(foldedWord(ending));
        return built;
    }();
    return words;
}

bool containsPhrase(const Phrases& phrases, std::string_view text, const std::vector<Word>& words)
{
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (phrases.longestAt(words, i).length > 0)
            return true;
    }
    return phrases.containsAnywhere(text);
}

bool looksLikeRole(std::string_view text, const std::vector<Word>& words)
{
    const JobWords& job = jobWords();
    if (containsPhrase(job.roles, text, words))
        return true;
    return std::any_of(words.begin(), words.end(), [&](const Word& word) {
        return std::any_of(
            job.roleEndings.begin(), job.roleEndings.end(), [&](const std::string& ending) {
                return word.folded.size() > ending.size() && word.folded.ends_with(ending);
            });
    });
}

bool looksLikeCompany(std::string_view text, const std::vector<Word>& words)
{
    return containsPhrase(jobWords().companies, text, words);
}

// ---- decorations ------------------------------------------------------------------------------

// "Tue Dec 1, 2026 2pm - 3pm (CET)", "Di. 1. Dez. 2026 14:00 - 15:00 (MEZ)", "Weekly from 2pm to
// 3pm on Tuesday (CET)": a year, a clock time, or an hour with am/pm or h.
bool looksLikeWhen(std::string_view text)
{
    const std::string lower = foldedWord(text);
    for (std::size_t i = 0; i < lower.size(); ++i) {
        if (!ascii::isDigit(lower[i]))
            continue;
        std::size_t digits = i;
        while (digits < lower.size() && ascii::isDigit(lower[digits]))
            ++digits;
        const std::string_view after = std::string_view(lower).substr(digits);
        const std::size_t run = digits - i;
        const bool year =
            run == 4 && (lower.compare(i, 2, "19") == 0 || lower.compare(i, 2, "20") == 0);
        const bool clock = after.size() >= 3 && after[0] == ':' && ascii::isDigit(after[1]) &&
                           ascii::isDigit(after[2]);
        const std::string_view unit = ascii::trim(after);
        const bool hour = run <= 2 && (unit.starts_with("am") || unit.starts_with("pm") ||
                                       unit.starts_with("a.m") || unit.starts_with("p.m") ||
                                       unit.starts_with("h") || unit.starts_with("uhr"));
        if (year || clock || hour)
            return true;
        i = digits;
    }
    return false;
}

std::string_view withoutStatusPrefix(std::string_view text)
{
    std::size_t colon = text.find(':');
    std::size_t colonLength = 1;
    if (const std::size_t wide = text.find("\uFF1A"); wide < colon) {
        colon = wide;
        colonLength = 3;
    }
    if (colon == std::string_view::npos || colon > 48)
        return text;
    std::string prefix;
    for (const std::string& word : foldedWords(text.substr(0, colon)))
        prefix += (prefix.empty() ? "" : " ") + word;
    for (const std::string_view known : title_words::statusPrefixes()) {
        if (prefix == known)
            return text.substr(colon + colonLength);
    }
    return text;
}

// Google's "(guest@example.com)" after the title of an invitation mail.
std::string_view withoutGuestAddress(std::string_view text)
{
    if (!text.ends_with(')'))
        return text;
    const std::size_t open = text.rfind('(');
    if (open == std::string_view::npos)
        return text;
    const std::string_view inside = text.substr(open + 1, text.size() - open - 2);
    if (inside.find('@') == std::string_view::npos || inside.find(' ') != std::string_view::npos)
        return text;
    return text.substr(0, open);
}

// Google's " @ Tue Dec 1, 2026 2pm - 3pm (CET)".
std::string_view withoutWhen(std::string_view text)
{
    const std::size_t at = text.rfind(" @ ");
    if (at == std::string_view::npos || !looksLikeWhen(text.substr(at + 3)))
        return text;
    return text.substr(0, at);
}

// ---- pieces -----------------------------------------------------------------------------------

struct Piece {
    std::size_t begin = 0;
    std::size_t end = 0;
    bool bracketed = false;
};

// The length of a separator between pieces starting at `at`, 0 when there is none.
std::size_t separatorAt(std::string_view text, std::size_t at)
{
    const std::string_view rest = text.substr(at);
    for (const std::string_view separator : {"\u2013", "\u2014", " - ", " -- ", "|", "\uFF5C",
                                             " / ", "<>", "\uFF1A", " \u00B7 ", " \u2022 "}) {
        if (rest.starts_with(separator))
            return separator.size();
    }
    // A colon ends a piece when a space or the end follows ("Interview: Acme"), not in "14:00".
    if (rest.starts_with(':') && (rest.size() == 1 || rest[1] == ' ' || rest[1] == '\t'))
        return 1;
    return 0;
}

std::string_view closingBracket(std::string_view open)
{
    if (open == "(")
        return ")";
    if (open == "[")
        return "]";
    if (open == "\uFF08")
        return "\uFF09";
    return "\u3011"; // 【
}

std::size_t openingBracketAt(std::string_view text, std::size_t at)
{
    const std::string_view rest = text.substr(at);
    for (const std::string_view open : {"(", "[", "\uFF08", "\u3010"}) {
        if (rest.starts_with(open))
            return open.size();
    }
    return 0;
}

// `begin`/`end` delimit the undecorated title inside `title`.
std::vector<Piece> splitPieces(std::string_view title, std::size_t begin, std::size_t end)
{
    std::vector<Piece> pieces;
    std::size_t start = begin;
    const auto close = [&](std::size_t at) {
        if (at > start)
            pieces.push_back({start, at, false});
    };
    for (std::size_t at = begin; at < end;) {
        const std::string_view text = title.substr(0, end);
        if (const std::size_t open = openingBracketAt(text, at)) {
            const std::string_view closing = closingBracket(text.substr(at, open));
            const std::size_t closed = text.find(closing, at + open);
            close(at);
            const std::size_t inner = at + open;
            const std::size_t innerEnd = closed == std::string_view::npos ? end : closed;
            pieces.push_back({inner, innerEnd, true});
            at = closed == std::string_view::npos ? end : closed + closing.size();
            start = at;
            continue;
        }
        if (const std::size_t separator = separatorAt(text, at)) {
            close(at);
            at += separator;
            start = at;
            continue;
        }
        ++at;
    }
    close(end);
    return pieces;
}

// ---- reading ----------------------------------------------------------------------------------

enum class Hint { Plain, At, With, For };

struct Candidate {
    std::size_t begin = 0;
    std::size_t end = 0;
    Hint hint = Hint::Plain;
    bool beforeMarker = false; // a keyword or a connector follows it in its piece
    std::size_t piece = 0;
    bool bracketed = false;
    std::vector<Word> words;
};

class TitleReader
{
public:
    TitleReader(std::string_view title, const Phrases& keywords,
                const std::vector<std::string>& personNames)
        : title_(title), keywords_(keywords)
    {
        for (const std::string& name : personNames) {
            if (!name.empty())
                persons_.insert(foldForIdentity(name));
        }
        anywhere_ = keywords.anywhere();
        const auto& fixed = fixedPhrases().anywhere();
        anywhere_.insert(anywhere_.end(), fixed.begin(), fixed.end());
    }

    TitleReading read()
    {
        const std::string_view undecorated = undecoratedTitle(title_);
        const auto begin = static_cast<std::size_t>(undecorated.data() - title_.data());
        const std::vector<Piece> pieces = splitPieces(title_, begin, begin + undecorated.size());
        for (std::size_t index = 0; index < pieces.size(); ++index)
            readPiece(pieces[index], index);
        if (!sawMarker_)
            wholePieces(pieces);
        TitleReading reading;
        std::vector<Candidate> kept;
        for (Candidate& candidate : candidates_) {
            const std::string_view text = textOf(candidate);
            if (isPerson(text, candidate.words))
                reading.persons.emplace_back(text);
            else if (!isNoise(text))
                kept.push_back(std::move(candidate));
        }
        assign(kept, reading);
        return reading;
    }

private:
    std::string_view textOf(const Candidate& candidate) const
    {
        std::string_view text = title_.substr(candidate.begin, candidate.end - candidate.begin);
        const auto trim = [](char c) {
            return c == ' ' || c == '\t' || c == ',' || c == ';' || c == ':' || c == '-' ||
                   c == '"' || c == '\'' || c == '*' || c == '/' || c == '|';
        };
        while (!text.empty() && trim(text.front()))
            text.remove_prefix(1);
        while (!text.empty() && trim(text.back()))
            text.remove_suffix(1);
        return text;
    }

    std::vector<WordClass> classify(const std::vector<Word>& words) const
    {
        std::vector<WordClass> kinds(words.size(), WordClass::Word);
        for (std::size_t at = 0; at < words.size();) {
            const Phrases::Match keyword = keywords_.longestAt(words, at);
            const Phrases::Match fixed = fixedPhrases().longestAt(words, at);
            Phrases::Match match = keyword.length >= fixed.length ? keyword : fixed;
            if (match.length == 0) {
                kinds[at] =
                    hasLetter(title_.substr(words[at].begin, words[at].end - words[at].begin))
                        ? WordClass::Word
                        : WordClass::Number;
                ++at;
                continue;
            }
            std::fill_n(kinds.begin() + static_cast<std::ptrdiff_t>(at), match.length, match.kind);
            // "interviewing at": the keyword's last word still introduces the company.
            if (match.kind == WordClass::Keyword && match.length > 1) {
                const Phrases::Match last = fixedPhrases().longestAt(words, at + match.length - 1);
                if (last.length == 1 && isConnector(last.kind))
                    kinds[at + match.length - 1] = last.kind;
            }
            at += match.length;
        }
        resolveStageWords(kinds);
        return kinds;
    }

    // Stage words and numbers say what kind of interview it is beside a keyword, alone between
    // separators and connectors, at the end of a run of words ("Acme final round", "Acme phone
    // call", but not "Société Générale Tech"), or as leading fillers ("Your Acme interview");
    // elsewhere they are part of a name ("Tech Lead", "Area 51 Labs").
    static void resolveStageWords(std::vector<WordClass>& kinds)
    {
        const auto soft = [](WordClass kind) {
            return kind == WordClass::Stage || kind == WordClass::AmbiguousStage ||
                   kind == WordClass::Filler || kind == WordClass::Number;
        };
        for (std::size_t first = 0; first < kinds.size();) {
            if (!soft(kinds[first])) {
                ++first;
                continue;
            }
            std::size_t last = first;
            while (last < kinds.size() && soft(kinds[last]))
                ++last;
            const WordClass left = first > 0 ? kinds[first - 1] : WordClass::Edge;
            const WordClass right = last < kinds.size() ? kinds[last] : WordClass::Edge;
            const auto bounds = [](WordClass side) {
                return side == WordClass::Edge || isConnector(side) || side == WordClass::Keyword;
            };
            const auto begin = kinds.begin() + static_cast<std::ptrdiff_t>(first);
            const auto end = kinds.begin() + static_cast<std::ptrdiff_t>(last);
            const auto count = [&](auto predicate) { return std::count_if(begin, end, predicate); };
            const auto stageWords = count([](WordClass kind) {
                return kind == WordClass::Stage || kind == WordClass::AmbiguousStage;
            });
            const bool clear = count([](WordClass kind) { return kind == WordClass::Stage; }) > 0 ||
                               stageWords >= 2 || stageWords == 0;
            const bool stage = left == WordClass::Keyword || right == WordClass::Keyword ||
                               (bounds(left) && bounds(right)) || (bounds(right) && clear) ||
                               (bounds(left) && stageWords == 0);
            for (std::size_t i = first; i < last; ++i)
                kinds[i] = stage ? WordClass::Stage : WordClass::Word;
            first = last;
        }
    }

    void readPiece(const Piece& piece, std::size_t index)
    {
        const std::vector<Word> words = splitWords(title_, piece.begin, piece.end, anywhere_);
        if ((piece.bracketed && isGenderMarker(words)) ||
            isNoise(title_.substr(piece.begin, piece.end - piece.begin)))
            return;
        const std::vector<WordClass> kinds = classify(words);
        std::optional<Candidate> run;
        Hint hint = Hint::Plain;
        const auto close = [&](bool beforeMarker) {
            if (run) {
                run->beforeMarker = beforeMarker;
                candidates_.push_back(std::move(*run));
            }
            run.reset();
        };
        for (std::size_t i = 0; i < words.size(); ++i) {
            switch (kinds[i]) {
            case WordClass::Keyword:
            case WordClass::Stage:
                sawMarker_ = true;
                close(kinds[i] == WordClass::Keyword);
                hint = Hint::Plain;
                break;
            case WordClass::At:
            case WordClass::With:
            case WordClass::For:
                close(true);
                hint = kinds[i] == WordClass::At     ? Hint::At
                       : kinds[i] == WordClass::With ? Hint::With
                                                     : Hint::For;
                break;
            default:
                if (!run)
                    run = Candidate{words[i].begin, words[i].end,    hint, false,
                                    index,          piece.bracketed, {}};
                run->end = words[i].end;
                run->words.push_back(words[i]);
            }
        }
        close(false);
    }

    // Without a keyword or a stage word nothing says what the connectors join: the pieces are
    // read whole, and only when there are several ("Acme / Engineer").
    void wholePieces(const std::vector<Piece>& pieces)
    {
        candidates_.clear();
        const auto plain = std::count_if(pieces.begin(), pieces.end(),
                                         [](const Piece& piece) { return !piece.bracketed; });
        if (plain < 2)
            return;
        for (std::size_t index = 0; index < pieces.size(); ++index) {
            const Piece& piece = pieces[index];
            candidates_.push_back({piece.begin, piece.end, Hint::Plain, false, index,
                                   piece.bracketed,
                                   splitWords(title_, piece.begin, piece.end, anywhere_)});
        }
    }

    bool isPersonName(std::string_view text) const
    {
        return persons_.contains(foldForIdentity(text));
    }

    // A person's name, an address, or persons joined by "and" ("Sam Rivera and Dana Lee").
    bool isPerson(std::string_view text, const std::vector<Word>& words) const
    {
        if (text.empty())
            return false;
        if (isPersonName(text))
            return true;
        if (words.size() == 1 && text.find('@') != std::string_view::npos)
            return true;
        std::size_t partBegin = 0;
        bool joined = false;
        for (std::size_t i = 0; i <= words.size(); ++i) {
            const bool atEnd = i == words.size();
            if (!atEnd && !isAndWord(words[i].folded))
                continue;
            if (i == partBegin)
                return false;
            const std::size_t from = words[partBegin].begin;
            const std::size_t to = words[i - 1].end;
            if (!isPersonName(title_.substr(from, to - from)))
                return false;
            joined = joined || !atEnd;
            partBegin = i + 1;
        }
        return joined;
    }

    static bool isAndWord(std::string_view folded)
    {
        const auto words = title_words::andWords();
        return std::find(words.begin(), words.end(), folded) != words.end();
    }

    // "(m/w/d)", "(f/m/x)", "(H/F)": letters standing alone.
    static bool isGenderMarker(const std::vector<Word>& words)
    {
        return words.size() >= 2 && std::all_of(words.begin(), words.end(), [](const Word& word) {
                   return word.end - word.begin == 1;
               });
    }

    // No letters ("2", "14:00"), or a requisition id ("R-104233", "JR104233", "Req #1234").
    static bool isNoise(std::string_view text)
    {
        if (!hasLetter(text))
            return true;
        const auto digits = std::count_if(text.begin(), text.end(), ascii::isDigit);
        const auto letters = std::count_if(text.begin(), text.end(), ascii::isAlpha);
        const bool ascii =
            std::none_of(text.begin(), text.end(), [](char c) { return (c & 0x80) != 0; });
        return ascii && digits >= 3 && letters <= 4;
    }

    void assign(std::vector<Candidate>& candidates, TitleReading& reading) const
    {
        std::vector<bool> used(candidates.size(), false);
        std::optional<std::size_t> companyPiece;
        const auto take = [&](std::size_t i, std::string& into) {
            into = std::string(textOf(candidates[i]));
            used[i] = true;
        };
        const auto takeFirst = [&](Hint hint, std::string& into) {
            for (std::size_t i = 0; i < candidates.size() && into.empty(); ++i) {
                if (!used[i] && candidates[i].hint == hint) {
                    take(i, into);
                    if (&into == &reading.company)
                        companyPiece = candidates[i].piece;
                }
            }
        };
        takeFirst(Hint::At, reading.company);
        takeFirst(Hint::For, reading.role);
        takeFirst(Hint::With, reading.company);
        // "Engineer interview with Acme", "Engineer at Acme".
        for (std::size_t i = 0; i < candidates.size() && reading.role.empty(); ++i) {
            if (!used[i] && companyPiece && candidates[i].piece == *companyPiece &&
                candidates[i].beforeMarker && candidates[i].hint == Hint::Plain)
                take(i, reading.role);
        }
        for (std::size_t i = 0; i < candidates.size(); ++i) {
            if (used[i] || candidates[i].hint == Hint::With)
                continue; // a "with" that did not name the company named a person
            const std::string_view text = textOf(candidates[i]);
            const bool role = looksLikeRole(text, candidates[i].words);
            const bool company = looksLikeCompany(text, candidates[i].words);
            const bool roleOnly = role && !company;
            if (candidates[i].bracketed) {
                if (reading.role.empty() && roleOnly)
                    take(i, reading.role);
                else if (reading.company.empty() && !roleOnly)
                    take(i, reading.company);
            } else if (reading.company.empty() && reading.role.empty()) {
                take(i, roleOnly ? reading.role : reading.company);
            } else if (reading.company.empty()) {
                if (!roleOnly)
                    take(i, reading.company);
            } else if (reading.role.empty()) {
                take(i, reading.role);
            }
        }
    }

    std::string_view title_;
    const Phrases& keywords_;
    std::unordered_set<std::string> persons_;
    std::vector<std::string> anywhere_;
    std::vector<Candidate> candidates_;
    bool sawMarker_ = false;
};

} // namespace

std::string_view undecoratedTitle(std::string_view title)
{
    std::string_view text = ascii::trim(title);
    while (true) {
        const std::string_view before = text;
        text = ascii::trim(withoutStatusPrefix(text));
        text = ascii::trim(withoutGuestAddress(text));
        text = ascii::trim(withoutWhen(text));
        if (text.size() == before.size())
            return text;
    }
}

TitleReading readTitle(std::string_view title, const std::vector<std::string>& interviewKeywords,
                       const std::vector<std::string>& personNames)
{
    return TitleReader(title, keywordPhrases(interviewKeywords), personNames).read();
}

} // namespace followups
