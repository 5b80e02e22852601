"""Pure assessment: signals in, verdict, buyer type, fit and advice out. No I/O."""
