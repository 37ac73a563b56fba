// Placeholder translation unit so the library links before its first class lands.
namespace leadopp::net {
}
