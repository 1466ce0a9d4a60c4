-- Schema 13: on a team site an editor writes the texts of the site's source language only
-- (issue 17). A site file has no roles: nothing changes in it but its schema number.
SELECT 1;
