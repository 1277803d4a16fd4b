// ASCII text helpers with one meaning for the whole product (core, ical-export, the CLI and the
// agent), so that "space" and "case" never mean two things in two files:
//  - a space is ASCII white space as Unicode has it: SPACE, HTAB, LF, VT, FF and CR (the ASCII
//    part of case_folding.h's isWhiteSpace, which word matching uses);
//  - case is ASCII case only, whatever the C locale: bytes of UTF-8 characters are never changed.
// Unicode case folding and compatibility forms are text_folding's and text_match's business.
// Pure functions; safe on any thread.
#pragma once

#include <algorithm>
#include <string>
#include <string_view>

namespace followups::ascii
{

constexpr bool isSpace(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

constexpr bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

constexpr bool isAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

constexpr char toLower(char c)
{
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

constexpr char toUpper(char c)
{
    return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
}

// Without the spaces at both ends.
constexpr std::string_view trim(std::string_view text)
{
    while (!text.empty() && isSpace(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isSpace(text.back()))
        text.remove_suffix(1);
    return text;
}

inline std::string lower(std::string_view text)
{
    std::string result(text);
    std::ranges::transform(result, result.begin(), toLower);
    return result;
}

inline std::string upper(std::string_view text)
{
    std::string result(text);
    std::ranges::transform(result, result.begin(), toUpper);
    return result;
}

constexpr bool equalsIgnoringCase(std::string_view a, std::string_view b)
{
    // Most names are written in the case they are compared with: equal bytes need no folding.
    return std::ranges::equal(a, b,
                              [](char x, char y) { return x == y || toLower(x) == toLower(y); });
}

constexpr bool startsWithIgnoringCase(std::string_view text, std::string_view prefix)
{
    return text.size() >= prefix.size() &&
           equalsIgnoringCase(text.substr(0, prefix.size()), prefix);
}

} // namespace followups::ascii
