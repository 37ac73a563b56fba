// The object every kind of test suite takes its precompiled header from.
