-- V6 copied every comment into result_comment, apart from its response: the linked copies go.
DROP TABLE response_comment;
