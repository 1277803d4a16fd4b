#include "interview_prefilter.h"

#include "followups/ascii_text.h"
#include "followups/case_folding.h"

#include <algorithm>
#include <cstring>
#include <unicode/utf8.h>

namespace followups::ical
{
namespace
{

constexpr std::string_view interviewPropertyPrefix = "x-interview-";

// The core's folding (followups/case_folding.h), so that a piece is found wherever the core would
// match its keyword.
void appendFolded(std::string& out, UChar32 c)
{
    appendCaseFolded(out, static_cast<char32_t>(c));
}

// Characters that can stand between a keyword's letters in the file while the value the core reads
// has none, or the reverse: white space as the core sees it (line folding, "\n", runs the core
// collapses), controls, and what TEXT escapes produce or hide.
bool separates(UChar32 c)
{
    return c < 0x20 || c == 0x7F || c == ',' || c == ';' || c == '"' || c == '\\' ||
           isWhiteSpace(static_cast<char32_t>(c));
}

std::vector<std::string> foldedPieces(std::string_view keyword)
{
    std::vector<std::string> pieces(1);
    const auto* bytes = reinterpret_cast<const std::uint8_t*>(keyword.data());
    const auto length = static_cast<int32_t>(keyword.size());
    for (int32_t offset = 0; offset < length;) {
        UChar32 c = 0;
        U8_NEXT(bytes, offset, length, c);
        if (c < 0)
            c = 0xFFFD;
        if (separates(c)) {
            if (!pieces.back().empty())
                pieces.emplace_back();
        } else {
            appendFolded(pieces.back(), c);
        }
    }
    if (pieces.back().empty())
        pieces.pop_back();
    return pieces;
}

size_t pairIndex(char first, char second)
{
    return static_cast<size_t>(static_cast<unsigned char>(first)) << 8 |
           static_cast<unsigned char>(second);
}

} // namespace

InterviewPrefilter::InterviewPrefilter(const std::vector<std::string>& interviewKeywords)
    : pairBucket_(65536, 0), piecesByPair_(1), startsOfFour_(std::size_t{1} << 12, 0),
      startsOfEight_(std::size_t{1} << 12, 0)
{
    std::vector<std::string> longest{std::string(interviewPropertyPrefix)};
    for (const auto& keyword : interviewKeywords) {
        auto pieces = foldedPieces(keyword);
        if (pieces.empty()) {
            // The core ignores a keyword that is empty after trimming; one of separators alone
            // (",") can match anything.
            const bool blank = std::all_of(keyword.begin(), keyword.end(), ascii::isSpace);
            matchesEverything_ = matchesEverything_ || !blank;
            continue;
        }
        longest.push_back(*std::max_element(
            pieces.begin(), pieces.end(),
            [](const std::string& a, const std::string& b) { return a.size() < b.size(); }));
    }
    // A piece containing another is found whenever the other is.
    std::sort(longest.begin(), longest.end(),
              [](const std::string& a, const std::string& b) { return a.size() < b.size(); });
    for (const auto& piece : longest) {
        const bool implied =
            std::any_of(pieces_.begin(), pieces_.end(), [&](const std::string& kept) {
                return piece.find(kept) != std::string::npos;
            });
        if (implied)
            continue;
        pieces_.push_back(piece);
        if (piece.size() >= 4) {
            const size_t start = piece.size() >= 8 ? 8 : 4;
            std::uint64_t window = 0;
            for (size_t i = 0; i < start; ++i)
                window = window << 8 | static_cast<unsigned char>(piece[i]);
            add(start == 8 ? startsOfEight_ : startsOfFour_, window);
        } else {
            everyPieceHasFourBytes_ = false;
        }
        if (piece.size() == 1) {
            shortPieces_.push_back(piece);
            continue;
        }
        auto& bucket = pairBucket_[pairIndex(piece[0], piece[1])];
        if (bucket == 0) {
            if (piecesByPair_.size() > 255) { // more distinct starts than a bucket index holds
                matchesEverything_ = true;
                continue;
            }
            bucket = static_cast<std::uint8_t>(piecesByPair_.size());
            piecesByPair_.emplace_back();
        }
        piecesByPair_[bucket].push_back(pieces_.size() - 1);
    }
}

void InterviewPrefilter::add(std::vector<std::uint64_t>& bits, std::uint64_t window)
{
    for (const auto multiplier : {0x9E3779B97F4A7C15u, 0xC2B2AE3D27D4EB4Fu}) {
        const auto hash = windowHash(window, multiplier);
        bits[hash >> 6] |= std::uint64_t{1} << (hash & 63);
    }
}

bool InterviewPrefilter::containsPiece(std::string_view folded) const
{
    for (const auto& piece : shortPieces_) {
        if (folded.find(piece) != std::string_view::npos)
            return true;
    }
    const char* text = folded.data();
    const size_t size = folded.size();
    for (size_t i = 0; i + 1 < size; ++i) {
        const auto bucket = pairBucket_[pairIndex(text[i], text[i + 1])];
        if (bucket == 0)
            continue;
        for (const auto index : piecesByPair_[bucket]) {
            const auto& piece = pieces_[index];
            if (piece.size() <= size - i &&
                std::memcmp(text + i + 2, piece.data() + 2, piece.size() - 2) == 0)
                return true;
        }
    }
    return false;
}

namespace
{

// Bytes that need no care (nearly all of a calendar) lower-cased; 0 for CR, LF, backslash, NUL and
// the bytes of multi-byte characters.
const std::array<char, 256>& plainBytes()
{
    static const auto table = [] {
        std::array<char, 256> lower{};
        for (int byte = 1; byte < 0x80; ++byte)
            lower[static_cast<size_t>(byte)] = ascii::toLower(static_cast<char>(byte));
        lower['\r'] = lower['\n'] = lower['\\'] = 0;
        return lower;
    }();
    return table;
}

// Walks `component` as the core would read its text: unfolded (a line break and one blank
// removed), CRs and backslashes dropped (what an escape turns into is never part of a piece, so
// dropping only joins text, never separates it), case folded. Calls `plain(byte)` for each folded
// byte of an ASCII character and `other(codePoint)` for the rest; stops when one returns false.
template <typename Plain, typename Other>
void walkFolded(std::string_view component, Plain&& plain, Other&& other)
{
    const auto& lower = plainBytes();
    const auto* bytes = reinterpret_cast<const std::uint8_t*>(component.data());
    const auto length = static_cast<int32_t>(component.size());
    for (int32_t offset = 0; offset < length;) {
        const auto byte = bytes[offset];
        if (const char folded = lower[byte]) {
            if (!plain(folded))
                return;
            ++offset;
            continue;
        }
        if (byte < 0x80) {
            ++offset;
            if (byte == '\n') {
                if (offset < length && (bytes[offset] == ' ' || bytes[offset] == '\t'))
                    ++offset;
                else if (!plain('\n'))
                    return;
            } else if (byte == 0 && !plain('\0')) {
                return;
            }
            continue;
        }
        UChar32 c = 0;
        U8_NEXT(bytes, offset, length, c);
        if (!other(c < 0 ? 0xFFFD : c))
            return;
    }
}

} // namespace

const std::string& InterviewPrefilter::foldingOf(UChar32 c) const
{
    auto known = foldings_.find(c);
    if (known == foldings_.end()) {
        if (foldings_.size() >= 4096) // arbitrary text must not grow it without bound
            foldings_.clear();
        std::string folding;
        appendFolded(folding, c);
        known = foldings_.emplace(c, std::move(folding)).first;
    }
    return known->second;
}

std::string_view InterviewPrefilter::folded(std::string_view component) const
{
    folded_.clear();
    walkFolded(
        component,
        [&](char byte) {
            folded_ += byte;
            return true;
        },
        [&](UChar32 c) {
            folded_ += foldingOf(c);
            return true;
        });
    return folded_;
}

bool InterviewPrefilter::mayBeInterview(std::string_view component) const
{
    if (matchesEverything_)
        return true;
    if (!everyPieceHasFourBytes_)
        return containsPiece(folded(component));
    // One pass over the folded text without copying it: rolling windows of its last four and
    // eight bytes, looked up in the hashes of the pieces' starts. Only a hit (rare) pays for the
    // exact check.
    std::uint64_t window = 0;
    int filled = 0;
    bool hit = false;
    auto push = [&](char byte) {
        window = window << 8 | static_cast<unsigned char>(byte);
        ++filled;
        hit = (filled >= 4 && has(startsOfFour_, window & 0xFFFFFFFFu)) ||
              (filled >= 8 && has(startsOfEight_, window));
        return !hit;
    };
    walkFolded(component, push, [&](UChar32 c) {
        const std::string& folding = foldingOf(c);
        return std::all_of(folding.begin(), folding.end(), push);
    });
    return hit && containsPiece(folded(component));
}

} // namespace followups::ical
