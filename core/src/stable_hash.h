// A hash of text that is the same on every run and machine (std::hash is not), for task UIDs,
// the content marks of written tasks and the key of an interview without a UID (SPEC §4).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace followups
{

// 64-bit FNV-1a over a sequence of parts, each preceded by its length, so that moving text from
// one part to the next ("ab" + "c" versus "a" + "bc") always gives a different input.
class StableHash
{
public:
    StableHash& add(std::string_view part)
    {
        std::uint64_t length = part.size();
        for (int i = 0; i < 8; ++i) {
            addByte(static_cast<unsigned char>(length & 0xffU));
            length >>= 8U;
        }
        for (const char c : part)
            addByte(static_cast<unsigned char>(c));
        return *this;
    }

    // Sixteen lower-case hex digits.
    std::string hex() const
    {
        static constexpr std::string_view digits = "0123456789abcdef";
        std::string text(16, '0');
        std::uint64_t rest = state_;
        for (auto digit = text.rbegin(); digit != text.rend(); ++digit, rest >>= 4U)
            *digit = digits[rest & 0xfU];
        return text;
    }

private:
    void addByte(unsigned char byte)
    {
        state_ ^= byte;
        state_ *= 0x100000001b3ULL;
    }

    std::uint64_t state_ = 0xcbf29ce484222325ULL;
};

} // namespace followups
