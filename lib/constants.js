'use strict';
// The `constants` core module: the platform's numeric constants (open flags, file modes, errno
// values, signals), exactly process.binding('constants').

module.exports = process.binding('constants');
