// Components set aside while streaming, because a component read later may need them (a recurring
// event whose override turns out to be an interview): written to an unnamed temporary file, so they
// cost no memory, or kept in memory when no temporary file can be made (or the disk fills up).
// Read back once, in the order written.
#pragma once

#include <cstdint>
#include <cstdio>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

namespace followups::ical
{

struct SpilledComponent {
    std::uint64_t key = 0; // what the reader selects them by
    std::int64_t order = 0;
    std::int32_t calendar = -1;
    std::int32_t firstLine = 0;
    std::string text;
};

class SpillFile
{
public:
    void write(const SpilledComponent& component);
    // Every component written, in order; `wanted` decides from the key whether it is passed on.
    void readBack(const std::function<bool(std::uint64_t key)>& wanted,
                  const std::function<void(SpilledComponent&&)>& use);

private:
    struct FileCloser {
        void operator()(std::FILE* file) const { std::fclose(file); }
    };

    std::unique_ptr<std::FILE, FileCloser> file_;
    bool triedFile_ = false;
    long fileBytes_ = 0; // complete records in the file; the rest went to memory_
    std::string record_; // scratch
    std::string memory_;
};

// Texts set aside to be read back in any order, each by where it was put: the components that may
// be interviews, until libical reads them batch by batch. On disk like SpillFile, or in memory.
class SpilledTexts
{
public:
    struct Place {
        bool inMemory = false;
        long offset = 0;
        std::size_t size = 0;
    };
    Place put(std::string_view text);
    std::string get(const Place& place);

private:
    struct FileCloser {
        void operator()(std::FILE* file) const { std::fclose(file); }
    };

    std::unique_ptr<std::FILE, FileCloser> file_;
    bool triedFile_ = false;
    long fileBytes_ = 0;
    bool unflushed_ = false; // puts still in stdio's buffer
    bool fileFull_ = false;
    std::string memory_;
    static constexpr std::size_t readAhead = std::size_t{256} << 10;
    std::string window_; // the file's bytes from windowStart_
    long windowStart_ = 0;
};

} // namespace followups::ical
