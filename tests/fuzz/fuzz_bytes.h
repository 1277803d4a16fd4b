// Turns a fuzzer's bytes into choices and values, front to back, for the structured targets. When
// the bytes run out every choice is the first one, so any input (also an empty one) is a scenario.
// A small stand-in for LLVM's FuzzedDataProvider, so the replay tests also build with GCC.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>

namespace followups::testing
{

class FuzzBytes
{
public:
    explicit FuzzBytes(std::string_view bytes) : bytes_(bytes) {}

    bool empty() const { return bytes_.empty(); }

    std::uint8_t byte()
    {
        if (bytes_.empty())
            return 0;
        const auto value = static_cast<std::uint8_t>(bytes_.front());
        bytes_.remove_prefix(1);
        return value;
    }

    bool flag() { return (byte() & 1) != 0; }

    // min … max, both included (max - min < 65536).
    int integer(int min, int max)
    {
        const auto span = static_cast<unsigned>(max - min) + 1;
        unsigned value = byte();
        if (span > 256)
            value = value << 8 | byte();
        return min + static_cast<int>(value % span);
    }

    std::size_t count(std::size_t max) { return static_cast<std::size_t>(integer(0, int(max))); }

    std::string_view pick(std::initializer_list<std::string_view> choices)
    {
        return choices.begin()[count(choices.size() - 1)];
    }

    // Up to `max` raw bytes: any octet, so control characters, quotes and broken UTF-8 too.
    std::string raw(std::size_t max)
    {
        const std::size_t length = std::min(count(max), bytes_.size());
        std::string text(bytes_.substr(0, length));
        bytes_.remove_prefix(length);
        return text;
    }

    // A known word most of the time, raw bytes (appended to one) otherwise.
    std::string text(std::initializer_list<std::string_view> words, std::size_t rawMax = 24)
    {
        std::string result(pick(words));
        if (byte() < 64)
            result += raw(rawMax);
        return result;
    }

private:
    std::string_view bytes_;
};

} // namespace followups::testing
