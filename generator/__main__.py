import os
import sys

from generator.cli import main

try:
    sys.exit(main())
except BrokenPipeError:
    # The reader of our output went away (e.g. `export | head`); that is not an error.
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    sys.exit(0)
except KeyboardInterrupt:
    print("interrupted: nothing was changed in the output directory", file=sys.stderr)
    sys.exit(130)
