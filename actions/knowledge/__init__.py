"""The bot's content: YAML files under knowledge/, validated at load time."""

from actions.knowledge.loader import KnowledgeBase, KnowledgeError, load_knowledge_base

__all__ = ["KnowledgeBase", "KnowledgeError", "load_knowledge_base"]
