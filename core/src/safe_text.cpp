#include "followups/safe_text.h"

namespace followups
{
namespace
{

constexpr char32_t replacement = 0xFFFD;
constexpr char32_t escape = 0x1B;
constexpr char32_t bell = 0x07;
constexpr char32_t stringTerminator = 0x9C; // C1 ST

// Decodes one UTF-8 character at the front of `text` and removes it; a byte that does not start
// a well-formed character (RFC 3629) is removed alone and read as U+FFFD.
char32_t takeCharacter(std::string_view& text)
{
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char lead = byte(0);
    std::size_t length = 1;
    char32_t c = replacement;
    char32_t min = 0;
    if (lead < 0x80) {
        c = lead;
    } else if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2, c = lead & 0x1Fu, min = 0x80;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3, c = lead & 0x0Fu, min = 0x800;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4, c = lead & 0x07u, min = 0x10000;
    }
    if (length > 1) {
        bool valid = text.size() >= length;
        for (std::size_t i = 1; valid && i < length; ++i) {
            valid = (byte(i) & 0xC0) == 0x80;
            c = c << 6 | (byte(i) & 0x3Fu);
        }
        if (!valid || c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) {
            length = 1;
            c = replacement;
        }
    }
    text.remove_prefix(length);
    return c;
}

bool isControl(char32_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029;
}

bool isBidiControl(char32_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

// C1 (or ESC + letter) introducers of a control string, which runs up to ST or BEL.
bool startsControlString(char32_t c)
{
    return c == 0x90 || c == 0x98 || c == 0x9D || c == 0x9E || c == 0x9F;
}

// Removes a control string's body and its terminator (BEL, ST, ESC \), up to the end if
// unterminated: a terminal would swallow it all the same.
void skipControlString(std::string_view& text)
{
    while (!text.empty()) {
        const char32_t c = takeCharacter(text);
        if (c == bell || c == stringTerminator)
            return;
        if (c == escape && text.starts_with('\\')) {
            text.remove_prefix(1);
            return;
        }
    }
}

// Removes a CSI sequence's parameters, intermediates and final byte (ECMA-48 §5.4).
void skipControlSequence(std::string_view& text)
{
    while (!text.empty() && text.front() >= 0x20 && text.front() <= 0x3F)
        text.remove_prefix(1);
    while (!text.empty() && text.front() >= 0x20 && text.front() <= 0x2F)
        text.remove_prefix(1);
    if (!text.empty() && text.front() >= 0x40 && text.front() <= 0x7E)
        text.remove_prefix(1);
}

// What follows an ESC: a CSI, a control string, or an escape sequence of intermediates and a
// final byte (ESC ( B, ESC c …).
void skipAfterEscape(std::string_view& text)
{
    if (text.empty())
        return;
    const char next = text.front();
    if (next == '[') {
        text.remove_prefix(1);
        skipControlSequence(text);
    } else if (next == ']' || next == 'P' || next == 'X' || next == '^' || next == '_') {
        text.remove_prefix(1);
        skipControlString(text);
    } else if (next >= 0x20 && next <= 0x7E) {
        while (!text.empty() && text.front() >= 0x20 && text.front() <= 0x2F)
            text.remove_prefix(1);
        if (!text.empty() && text.front() >= 0x30 && text.front() <= 0x7E)
            text.remove_prefix(1);
    }
}

void append(std::string& out, char32_t c)
{
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

bool needsCleaning(std::string_view text)
{
    for (const char byte : text) {
        const auto octet = static_cast<unsigned char>(byte);
        if (octet < 0x20 || octet >= 0x7F)
            return true;
    }
    return false;
}

} // namespace

std::string singleLineText(std::string_view text)
{
    if (!needsCleaning(text))
        return std::string(text);
    std::string out;
    out.reserve(text.size());
    bool afterControl = false; // a control character and the spaces around it make one space
    while (!text.empty()) {
        const char32_t c = takeCharacter(text);
        if (c == escape) {
            skipAfterEscape(text);
        } else if (c == 0x9B) {
            skipControlSequence(text);
        } else if (startsControlString(c)) {
            skipControlString(text);
        } else if (isControl(c)) {
            if (!out.empty() && out.back() != ' ')
                out += ' ';
            afterControl = true;
        } else if (c == ' ' && afterControl) {
            continue;
        } else if (!isBidiControl(c)) {
            append(out, c);
            afterControl = false;
        }
    }
    return out;
}

std::string multiLineText(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    while (true) {
        const std::size_t end = text.find_first_of("\r\n");
        out += singleLineText(text.substr(0, end));
        if (end == std::string_view::npos)
            return out;
        out += '\n';
        text.remove_prefix(text.compare(end, 2, "\r\n") == 0 ? end + 2 : end + 1);
    }
}

} // namespace followups
