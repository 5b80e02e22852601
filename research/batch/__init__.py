"""Many inquiries at once: a folder of .eml/.msg/.txt, an mbox, a CSV or XLSX sheet, or a mailbox.

- ``items``: the sources, each read into ``Item``s (one inquiry each, with a stable key); a row or a
  message that cannot be read is an ``Item`` with an error, never an exception that stops the batch.
- ``imap``: a mailbox over IMAP (unread, a date range, a folder), read without changing it.
- ``work``: the unit of work, one item -> one result row (``research_item``), idempotent by the key.
- ``run``: the runner: one context for the whole batch, a few items at a time, each finished item
  recorded in the store with its report (resumable), progress to a callback.
- ``outputs``: the ranked CSV and XLSX and the summary, rewritten as results come in.
"""
