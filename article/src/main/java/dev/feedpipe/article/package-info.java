/** The article's rules in plain Java, shared by every module: the id rule ({@link dev.feedpipe.article.ArticleIds}) and what an article may declare about itself, under which keys ({@link dev.feedpipe.article.DeclaredField}). */
package dev.feedpipe.article;
