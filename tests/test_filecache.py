"""Work handed to the forked readers: big parts one at a time, small files in groups."""

from __future__ import annotations

from pathlib import Path

from generator.filecache import GROUP_BYTES, GROUP_JOBS, _groups


def test_big_parts_go_alone_and_small_files_in_bounded_groups_in_order() -> None:
    big = [(0, Path(f"listing-{n}.txt"), 0, None) for n in range(3)]
    notes = [(1, Path(f"note-{n}.md"), 0, None) for n in range(GROUP_JOBS * 2 + 5)]
    sizes = {**{job: 4.0 * GROUP_BYTES for job in big}, **{job: 1500.0 for job in notes}}
    groups = _groups(big + notes, sizes)
    assert [job for group in groups for job in group] == big + notes
    assert groups[:3] == [[job] for job in big]
    assert [len(group) for group in groups[3:]] == [GROUP_JOBS, GROUP_JOBS, 5]
    halves = _groups(notes[:4], dict.fromkeys(notes[:4], GROUP_BYTES / 2))
    assert [len(group) for group in halves] == [2, 2]
