'use strict';
// UTF-8 encoding of strings with characters past Latin-1 (jnode.binding.Utf8Encoder, which reads
// the string's own array and writes Buffer memory directly) against a reference encoder, on
// random strings: short ones (JavaScript's path), ones past the small-write limit, ones past a
// Buffer pool (encoded into kept room and copied out) and one past the kept room (measured first,
// then encoded into its own memory); then the same for strings of Latin-1 characters only.
var checkRandomStrings = require('./utf8-check');

checkRandomStrings(7, 300, [1, 2, 3, 4, 5, 7, 8, 9, 31, 64, 65, 200, 1000, 3000, 9000, 20000]);
checkRandomStrings(8, 2, [1500000]);
// Latin-1 strings (one byte a character), short and long, and one past half the kept room.
checkRandomStrings(9, 200, [1, 2, 7, 8, 9, 15, 16, 17, 64, 65, 1000, 9000, 20000], true);
checkRandomStrings(10, 1, [2500000], true);
console.log('ok');
