// A cheap over-approximation of SPEC §2's "is an interview", on the raw text of the lines that
// tell (SUMMARY, CATEGORIES, X-INTERVIEW-*), so that only components that may be interviews are
// handed to libical. It never says no to an event the core would recognise: it looks for the
// longest piece of each interview keyword (pieces are split where escapes, folding or white space
// could come between the letters) anywhere in that text, both case folded by the core's own
// folding (followups/case_folding.h), and for "X-INTERVIEW-". False positives only cost time.
// tests/ical-export/interview_prefilter_test.cpp holds it to that promise.
// One prefilter may be used by one thread at a time (it keeps a scratch buffer and a memo).
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace followups::ical
{

class InterviewPrefilter
{
public:
    explicit InterviewPrefilter(const std::vector<std::string>& interviewKeywords);

    // `text` as written: lines (LF or CRLF, folded or not), escapes, any case.
    bool mayBeInterview(std::string_view text) const;

private:
    // The component folded like the core folds text (the slow, exact check).
    std::string_view folded(std::string_view component) const;
    bool containsPiece(std::string_view folded) const;
    // A Bloom filter with two hashes: one common string colliding with a piece would otherwise
    // send every component to the exact check.
    static std::size_t windowHash(std::uint64_t window, std::uint64_t multiplier)
    {
        return static_cast<std::size_t>((window * multiplier) >> 46);
    }
    static bool has(const std::vector<std::uint64_t>& bits, std::uint64_t window)
    {
        // The second hash only for the rare window that passes the first.
        const auto first = windowHash(window, 0x9E3779B97F4A7C15u);
        if ((bits[first >> 6] >> (first & 63) & 1) == 0)
            return false;
        const auto second = windowHash(window, 0xC2B2AE3D27D4EB4Fu);
        return (bits[second >> 6] >> (second & 63) & 1) != 0;
    }
    static void add(std::vector<std::uint64_t>& bits, std::uint64_t window);

    std::vector<std::string> pieces_; // case folded, none containing another
    bool matchesEverything_ = false;  // a keyword made only of separators
    // The pieces (indices into pieces_) starting with each pair of bytes, as an index into
    // piecesByPair_ (0: none); pieces of one byte are searched apart.
    std::vector<std::uint8_t> pairBucket_;
    std::vector<std::vector<std::size_t>> piecesByPair_;
    std::vector<std::string> shortPieces_;
    // The first four bytes of every piece shorter than eight, and the first eight of the others,
    // hashed into bit sets: a one-pass filter before the exact check.
    std::vector<std::uint64_t> startsOfFour_;
    std::vector<std::uint64_t> startsOfEight_;
    bool everyPieceHasFourBytes_ = true;
    mutable std::string folded_; // scratch, kept to avoid an allocation per component
    // The core's folding of the letters beyond ASCII met so far: the same few recur in every
    // component.
    const std::string& foldingOf(std::int32_t codePoint) const;
    mutable std::unordered_map<std::int32_t, std::string> foldings_;
};

} // namespace followups::ical
