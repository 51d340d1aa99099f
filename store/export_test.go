package store

// OpenPreload is openPreload for the tests: preload 0 makes every Get
// query the database, as with a store over preloadBytes.
var OpenPreload = openPreload
