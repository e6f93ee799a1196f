"""The fact-checkers' review queue. (Placeholder.)"""
