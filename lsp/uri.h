#pragma once

// file: URIs <-> filesystem paths (RFC 8089 as editors write them: percent-encoded UTF-8).
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace planlint::lsp {

// The path of a file: URI, or nothing for other schemes (untitled:, ...) and malformed URIs.
std::optional<std::filesystem::path> uri_to_path(std::string_view uri);

// file:///abs/path with every byte outside the unreserved set and '/' percent-encoded.
std::string path_to_uri(const std::filesystem::path& absolute);

}  // namespace planlint::lsp
