"""The invented sample data people can load to look around."""
