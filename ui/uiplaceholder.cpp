namespace leadopp::ui {
}
