"""The Jobs page and the job list model that every view of jobs shares."""
