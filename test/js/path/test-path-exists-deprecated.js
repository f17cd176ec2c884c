// path.exists/existsSync give fs's answers, and each alias warns exactly once on stderr, in
// v0.10's words.
// expect-stdout: true,false,true|true,false\n
// expect-stderr-match: \Apath\.existsSync is now called `fs\.existsSync`\.\npath\.exists is now called `fs\.exists`\.\n\z
var path = require('path');
var file = __filename;
var out = [path.existsSync(file), path.existsSync(file + '.missing'), path.existsSync(file)];
path.exists(file, function(found) {
  path.exists(file + '.missing', function(missing) {
    console.log(out.join(',') + '|' + found + ',' + missing);
  });
});
