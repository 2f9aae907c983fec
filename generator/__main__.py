import os
import sys

from generator.compilecache import patterns_kept

try:
    with patterns_kept():  # (compiling enrichment's patterns was most of a small build: see compilecache)
        from generator.cli import main

        code = main()
    sys.stdout.flush()
    sys.stderr.flush()
except BrokenPipeError:
    # The reader of our output went away (e.g. `export | head`); that is not an error.
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    sys.exit(0)
except KeyboardInterrupt:
    print("interrupted: nothing was changed in the output directory", file=sys.stderr)
    sys.exit(130)
# The work is done, every file written and closed, every worker gone: leave without tearing
# the interpreter down, which frees the content model and the site plan object by object.
os._exit(code)
