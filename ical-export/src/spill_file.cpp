#include "spill_file.h"

#include <algorithm>
#include <cstring>
#include <string_view>
#include <unistd.h>

namespace followups::ical
{
namespace
{

struct Header {
    std::uint64_t key;
    std::int64_t order;
    std::int32_t calendar;
    std::int32_t firstLine;
    std::uint64_t size;
};

// Calls `use` for each complete record of `bytes` that is wanted.
void readRecords(std::string_view bytes, const std::function<bool(std::uint64_t)>& wanted,
                 const std::function<void(SpilledComponent&&)>& use)
{
    while (bytes.size() >= sizeof(Header)) {
        Header header{};
        std::memcpy(&header, bytes.data(), sizeof header);
        bytes.remove_prefix(sizeof header);
        if (header.size > bytes.size())
            return;
        if (wanted(header.key))
            use({header.key, header.order, header.calendar, header.firstLine,
                 std::string(bytes.substr(0, header.size))});
        bytes.remove_prefix(header.size);
    }
}

} // namespace

void SpillFile::write(const SpilledComponent& component)
{
    const Header header{component.key, component.order, component.calendar, component.firstLine,
                        component.text.size()};
    record_.assign(reinterpret_cast<const char*>(&header), sizeof header);
    record_ += component.text;
    if (!triedFile_) {
        triedFile_ = true;
        file_.reset(std::tmpfile());
    }
    if (file_ && memory_.empty()) {
        if (std::fwrite(record_.data(), 1, record_.size(), file_.get()) == record_.size()) {
            fileBytes_ += static_cast<long>(record_.size());
            return;
        }
    }
    memory_ += record_;
}

void SpillFile::readBack(const std::function<bool(std::uint64_t key)>& wanted,
                         const std::function<void(SpilledComponent&&)>& use)
{
    if (file_ && fileBytes_ > 0 && std::fflush(file_.get()) == 0 &&
        std::fseek(file_.get(), 0, SEEK_SET) == 0) {
        // Record by record, so memory stays at one component. Unwanted ones are read past, not
        // skipped with fseek: each fseek costs a system call and the buffer.
        Header header{};
        std::string skipped;
        for (long at = 0; at + static_cast<long>(sizeof header) <= fileBytes_;) {
            if (std::fread(&header, sizeof header, 1, file_.get()) != 1)
                break;
            at += static_cast<long>(sizeof header) + static_cast<long>(header.size);
            if (at > fileBytes_)
                break;
            const bool keep = wanted(header.key);
            SpilledComponent component{
                header.key, header.order, header.calendar, header.firstLine, {}};
            std::string& text = keep ? component.text : skipped;
            text.resize(header.size);
            if (header.size > 0 && std::fread(text.data(), header.size, 1, file_.get()) != 1)
                break;
            if (keep)
                use(std::move(component));
        }
    }
    readRecords(memory_, wanted, use);
}

SpilledTexts::Place SpilledTexts::put(std::string_view text)
{
    if (!triedFile_) {
        triedFile_ = true;
        file_.reset(std::tmpfile());
    }
    if (file_ && !fileFull_ &&
        std::fwrite(text.data(), 1, text.size(), file_.get()) == text.size()) {
        const Place place{false, fileBytes_, text.size()};
        fileBytes_ += static_cast<long>(text.size());
        unflushed_ = true;
        return place;
    }
    fileFull_ = fileFull_ || file_ != nullptr; // a short write left bytes past fileBytes_
    const Place place{true, static_cast<long>(memory_.size()), text.size()};
    memory_ += text;
    return place;
}

std::string SpilledTexts::get(const Place& place)
{
    if (place.inMemory)
        return memory_.substr(static_cast<size_t>(place.offset), place.size);
    // Read with pread, so puts keep appending where stdio left off; texts are mostly asked for in
    // the order they were put, so one read fills a window that serves the next ones too.
    if (unflushed_ && std::fflush(file_.get()) != 0)
        return {}; // the temporary file failed under us: the component is lost, not the run
    unflushed_ = false;
    const auto end = place.offset + static_cast<long>(place.size);
    if (place.offset < windowStart_ || end > windowStart_ + static_cast<long>(window_.size())) {
        window_.resize(std::max(place.size, readAhead));
        const auto got = ::pread(fileno(file_.get()), window_.data(), window_.size(), place.offset);
        window_.resize(got > 0 ? static_cast<size_t>(got) : 0);
        windowStart_ = place.offset;
        if (window_.size() < place.size)
            return {};
    }
    return window_.substr(static_cast<size_t>(place.offset - windowStart_), place.size);
}

} // namespace followups::ical
